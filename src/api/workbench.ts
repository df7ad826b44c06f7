// Assembles the workbench behind either transport: the open corpus, the handlers and the event hub.
import { loadCorpusFolder } from './corpus';
import { createDispatcher, type Dispatcher } from './dispatch';
import { EventHub } from './events';
import { createHandlers, type AppState } from './handlers';

export interface Workbench {
  state: AppState;
  dispatcher: Dispatcher;
  events: EventHub;
}

export interface WorkbenchOptions {
  corpusFolder: string;
  transport: AppState['transport'];
  version: string;
}

export async function createWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const corpus = await loadCorpusFolder(options.corpusFolder);
  const state: AppState = { version: options.version, transport: options.transport, corpus };
  return { state, dispatcher: createDispatcher(createHandlers(state)), events: new EventHub() };
}
