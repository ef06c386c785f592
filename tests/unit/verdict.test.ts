import { describe, it, expect } from 'vitest';
import { statusVerdict } from '../../src/lib/verdict.ts';
import { STATUS_STATES } from '../../src/schemas/common.ts';
import { CATEGORIES } from '../../src/schemas/error.ts';

const base = { tool: 'Claude Code', vendor: 'Anthropic' };

describe('statusVerdict', () => {
  it('never says the service is fine unless the state is operational', () => {
    for (const state of STATUS_STATES.filter((s) => s !== 'operational')) {
      for (const category of CATEGORIES) {
        const v = statusVerdict({ ...base, state, category });
        expect(`${v.headline} ${v.detail}`).not.toMatch(/no incident|operational/i);
      }
    }
  });

  it('says "we can\'t tell" for unknown', () => {
    expect(statusVerdict({ ...base, state: 'unknown', category: 'capacity' }).headline).toMatch(/can't tell/);
  });

  it('ties a capacity error to an outage, and says a billing error is unrelated', () => {
    const capacity = statusVerdict({ ...base, state: 'major_outage', category: 'capacity' });
    expect(capacity.headline).toMatch(/almost certainly why/);
    expect(capacity.detail).toMatch(/Waiting helps/);
    const billing = statusVerdict({ ...base, state: 'major_outage', category: 'billing' });
    expect(billing.headline).toMatch(/won't cause this error/);
    expect(billing.detail).toMatch(/won't clear it/);
  });

  it('points to the user side when operational', () => {
    expect(statusVerdict({ ...base, state: 'operational', category: 'auth' }).detail).toMatch(/your side/);
  });

  it('says when a tool has no official page', () => {
    expect(statusVerdict({ tool: 'Continue', vendor: 'Continue', state: 'unknown', noFeed: true }).headline).toMatch(/no official status page/);
  });
});
