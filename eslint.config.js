import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.output-*/',
      '.wxt/',
      'data/generated/',
      'tests/.artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Page and corpus text is data: build DOM nodes instead.',
        },
        {
          property: 'outerHTML',
          message: 'Page and corpus text is data: build DOM nodes instead.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML from data.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No eval.' },
      ],
    },
  },
  {
    // The content script runs in every frame of every page: the card's renderer (Preact, Floating
    // UI, the card components and styles) lives in entrypoints/card-ui/ only (issue 17).
    files: ['entrypoints/lookup/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['preact', 'preact/*', '@floating-ui/*', '**/components/**'],
              allowTypeImports: true,
              message: 'Renderer code belongs in entrypoints/card-ui/, not in the content script.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'tests/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
