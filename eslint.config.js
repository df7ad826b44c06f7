// Lint keeps the layers of DESIGN.md apart: the engine (src/) never reaches into electron/ or renderer/,
// its pure parts use no Node APIs, only electron/ imports Electron, and renderer/ sees only API types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url', 'crypto', 'stream', 'worker_threads', 'util', 'buffer', 'zlib', 'events'];
const nodeApis = [
  { group: ['node:*'], message: 'This part of the engine is pure: no Node APIs (it must run in a worker or a browser).' },
  ...NODE_BUILTINS.map((name) => ({ group: [name, `${name}/*`], message: 'This part of the engine is pure: no Node APIs.' })),
];
// Node's own globals: the pure parts run in a worker or a browser, where these do not exist.
const NODE_GLOBALS = ['Buffer', 'process', 'global', 'setImmediate', 'clearImmediate', '__dirname', '__filename', 'require', 'module', 'exports'];
const nodeGlobals = NODE_GLOBALS.map((name) => ({ name, message: `This part of the engine is pure: "${name}" is a Node global (it must run in a worker or a browser).` }));
const notElectronOrUi = [
  { group: ['electron', 'electron/*'], message: 'Only electron/ imports Electron.' },
  { group: ['**/electron/**', '../electron', '../../electron'], message: 'src/ never imports from electron/.' },
  { group: ['**/renderer/**', '../renderer', '../../renderer'], message: 'src/ never imports from renderer/.' },
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The engine has no UI.' },
];

// Dependencies point one way (DESIGN.md): api -> services -> store and the pure parts; nothing imports upward.
const upward = (layers, who) => ({ regex: `(^|/)(${layers.join('|')})(/|$)`, message: `${who} never imports ${layers.join(', ')}: dependencies point one way (docs/ARCHITECTURE.md).` });
const PURE = ['src/model.ts', 'src/text/**/*.ts', 'src/ingest/**/*.ts', 'src/align/**/*.ts', 'src/review/**/*.ts', 'src/formats/**/*.ts'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'dist-cli/', '.cache/', '.tsbuild/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description', 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: notElectronOrUi }] },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...notElectronOrUi, upward(['api', 'cli'], 'src/services/')] }] },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...notElectronOrUi, upward(['api', 'cli', 'services'], 'src/store/')] }] },
  },
  {
    files: PURE,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...notElectronOrUi, ...nodeApis, upward(['api', 'cli', 'services', 'store', 'io'], 'The pure engine')] }],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', '**/electron/**'], message: 'The renderer talks to the app only through the API client.' },
            { regex: '(^|/)src/(?!api(/|$))', message: 'renderer/ imports only types from src/api.' },
            { regex: '(^|/)src/api(/|$)', allowTypeImports: true, message: 'renderer/ imports only types from src/api (use `import type`).' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ is glue: it loads the built renderer, never imports it.' }] },
      ],
    },
  },
);
