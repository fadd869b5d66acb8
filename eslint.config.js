// Lint rules, including the direction of imports between layers:
// engine and content are pure and never import ui, machine, React or XState;
// settings, routes and i18n sit below ui (ui imports them, never the other way round).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noUiImports = (layer, extra = []) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['**/ui/**', '../ui', '../ui/*'], message: `${layer} must not import ui.` },
          { group: ['**/machine/**', '../machine', '../machine/*'], message: `${layer} must not import the machine.` },
          ...extra,
        ],
        paths: [
          { name: 'react', message: `${layer} is pure TypeScript: no React.` },
          { name: 'react-dom', message: `${layer} is pure TypeScript: no React.` },
          { name: 'xstate', message: `${layer} is pure TypeScript: no XState.` },
          { name: '@xstate/react', message: `${layer} is pure TypeScript: no XState.` },
          { name: 'i18next', message: `${layer} returns message keys; translation happens outside.` },
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  noUiImports('engine', [{ group: ['node:*'], message: 'engine runs in the browser: no Node modules.' }]),
  noUiImports('content'),
  // Meeting feeds: pure logic (checked, filtered and sorted off the main thread), no React, no settings UI.
  noUiImports('meetings', [
    { group: ['**/settings/**', '../settings', '../settings/*'], message: 'meetings is pure: settings pass it what it needs.' },
    { group: ['node:*'], message: 'meetings runs in the browser: no Node modules.' },
  ]),
  ...['settings', 'routes', 'i18n'].map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '../ui', '../ui/*', '../../ui', '../../ui/*'],
              message: `${layer} sits below ui: move what both need to a neutral place (src/routes, src/i18n, src/content).`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/machine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/ui/**', '../ui', '../ui/*'], message: 'the machine must not import ui.' }],
          paths: [{ name: 'react', message: 'the machine is tested without a DOM: no React.' }],
        },
      ],
    },
  },
);
