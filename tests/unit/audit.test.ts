import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { judgeAudit } from '../../scripts/audit.mjs';

type Judgement = { status: string; lines: string[] };
const judge = judgeAudit as (report: unknown, allowlist: unknown[], today: string) => Judgement;

const advisory = (severity: string) => ({
  vulnerabilities: {
    leftpad: { name: 'leftpad', severity, via: [{ source: 1, title: 'Prototype pollution', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', severity }] },
    app: { name: 'app', severity, via: ['leftpad'] },
  },
  metadata: { vulnerabilities: { critical: 0, high: severity === 'high' ? 1 : 0, moderate: severity === 'moderate' ? 1 : 0, low: 0 } },
});

const entry = (until: string) => ({ advisory: 'GHSA-aaaa-bbbb-cccc', package: 'leftpad', reason: 'no fix released', until });

describe('the audit check', () => {
  it('passes a clean report and prints the counts', () => {
    const result = judge({ vulnerabilities: {}, metadata: { vulnerabilities: {} } }, [], '2026-11-28');
    expect(result.status).toBe('pass');
    expect(result.lines[0]).toBe('npm audit --omit=dev: 0 critical, 0 high, 0 moderate, 0 low');
  });

  it('fails on a high advisory, naming it', () => {
    const result = judge(advisory('high'), [], '2026-11-28');
    expect(result.status).toBe('fail');
    expect(result.lines.join('\n')).toContain('high GHSA-aaaa-bbbb-cccc in leftpad');
  });

  it('lets a moderate advisory through', () => {
    expect(judge(advisory('moderate'), [], '2026-11-28').status).toBe('pass');
  });

  it('accepts an allowlisted advisory until its date, and fails once the entry has expired', () => {
    expect(judge(advisory('high'), [entry('2026-12-31')], '2026-11-28').status).toBe('pass');
    const expired = judge(advisory('high'), [entry('2026-11-01')], '2026-11-28');
    expect(expired.status).toBe('fail');
    expect(expired.lines.join('\n')).toMatch(/expired on 2026-11-01/);
  });

  it('says plainly when the endpoint gave no report, rather than passing', () => {
    const result = judge({ message: '405 Method Not Allowed', statusCode: 405 }, [], '2026-11-28');
    expect(result.status).toBe('unavailable');
    expect(result.lines[0]).toMatch(/NOT CHECKED.*405/);
  });
});
