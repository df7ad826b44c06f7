// Every API method, assembled from the areas' tables. A method is declared in exactly one of them.
import { editingMethods } from './editing';
import { esaMethods } from './esa';
import { importingMethods } from './importing';
import { readingMethods } from './reading';
import { reviewMethods } from './review';

export const METHODS = { ...readingMethods, ...editingMethods, ...importingMethods, ...reviewMethods, ...esaMethods };
export type Methods = typeof METHODS;
