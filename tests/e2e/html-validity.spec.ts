import { test, expect } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtHtmlFiles } from './utils.ts';

/** Every built page is valid HTML (rules in .htmlvalidate.json; every rule turned off there says why). */
test('html-validate: 0 errors on every built page', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  const files = builtHtmlFiles();
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const r of report.results) {
      for (const m of r.messages) failures.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  console.log(`html-validate: ${files.length} pages, ${failures.length} errors`);
  expect(failures, failures.slice(0, 30).join('\n')).toEqual([]);
});
