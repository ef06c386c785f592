import { defineConfig } from 'vitest/config';

// Unit tests only; the e2e suite (tests/e2e) runs under Playwright against a built site.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
