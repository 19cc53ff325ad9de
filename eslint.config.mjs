// Next's recommended rules (core web vitals, TypeScript) plus typescript-eslint's type-aware
// recommended set. Run with --max-warnings 0: a warning is a failure.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    '.content/**',
    '.bench/**',
    'public/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
