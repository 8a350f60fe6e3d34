// ESLint: JavaScript's and typescript-eslint's recommended rules (type-aware), and
// eslint-plugin-astro's for .astro files. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.dist-*/', '.astro/', 'node_modules/', 'bench-results/', 'coverage/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      // Unused names are errors, except a leading underscore that says "unused on purpose".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // An ambient module declaration cannot import at the top without ceasing to be ambient: import() types are the way there.
  { files: ['**/*.d.ts'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
);
