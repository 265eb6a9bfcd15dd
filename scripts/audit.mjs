#!/usr/bin/env node
// `npm audit --omit=dev` for what ships: fails on any high or critical advisory unless a dated
// entry in .ci/audit-allowlist.json accepts it (for an advisory with no fix yet); an expired
// entry fails too. When the registry's audit endpoint cannot be asked (some mirrors answer 405),
// it says so plainly and does not pretend the check passed; AUDIT_REQUIRED=1 makes that a failure.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BLOCKING = new Set(['high', 'critical']);

/** Every advisory behind a vulnerable package, as { id, package, severity, title, url }. */
function advisoriesOf(report) {
  const found = new Map();
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object' || via === null) continue; // a string names another vulnerable package
      const id = /GHSA-[\w-]+/.exec(via.url ?? '')?.[0] ?? String(via.source);
      found.set(`${id}:${name}`, { id, package: name, severity: via.severity, title: via.title, url: via.url });
    }
  }
  return [...found.values()];
}

/**
 * Judges an `npm audit --json` report against the allowlist on a given day (YYYY-MM-DD).
 * Returns { status: 'unavailable' | 'pass' | 'fail', lines: string[] }.
 */
export function judgeAudit(report, allowlist, today) {
  if (!report || typeof report !== 'object' || !('vulnerabilities' in report)) {
    const reason = report?.message ?? report?.error?.summary ?? 'no report';
    return { status: 'unavailable', lines: [`npm audit: NOT CHECKED: the audit endpoint gave no report (${reason}).`] };
  }
  const lines = [];
  let failed = false;
  for (const entry of allowlist) {
    if (!(entry.until >= today)) {
      failed = true;
      lines.push(`allowlist entry ${entry.advisory} (${entry.package}) expired on ${entry.until}: review it, then extend or remove it.`);
    }
  }
  const blocking = advisoriesOf(report).filter((a) => BLOCKING.has(a.severity));
  for (const advisory of blocking) {
    const accepted = allowlist.find((e) => e.advisory === advisory.id && e.package === advisory.package && e.until >= today);
    if (accepted) lines.push(`allowed until ${accepted.until}: ${advisory.severity} ${advisory.id} in ${advisory.package} (${accepted.reason})`);
    else {
      failed = true;
      lines.push(`${advisory.severity} ${advisory.id} in ${advisory.package}: ${advisory.title} ${advisory.url ?? ''}`.trim());
    }
  }
  const counts = report.metadata?.vulnerabilities ?? {};
  lines.unshift(
    `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
  );
  return { status: failed ? 'fail' : 'pass', lines };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const allowlist = JSON.parse(readFileSync(`${root}.ci/audit-allowlist.json`, 'utf8')).entries;
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = { message: (run.stderr || 'unreadable output').trim().split('\n').pop() };
  }
  const today = new Date().toISOString().slice(0, 10);
  const { status, lines } = judgeAudit(report, allowlist, today);
  for (const line of lines) console.log(line);
  if (status === 'fail' || (status === 'unavailable' && process.env.AUDIT_REQUIRED === '1')) process.exitCode = 1;
}
