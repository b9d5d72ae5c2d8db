#!/usr/bin/env node
// Regenerates communes-62.tsv, the communes of the Pas-de-Calais that Comptoir ships, from the
// official geographic code (COG) as the @etalab/decoupage-administratif package of the npm
// registry publishes it (MIT licence). Building and running Comptoir never need this script nor a
// network: its output is committed. Run it when a new COG is published:
//
//   node resources/data/update-communes.mjs [VERSION]     (default: the version below)
//
// It needs node, npm and tar, and the npm registry. See README.md beside it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@etalab/decoupage-administratif';
const VERSION = process.argv[2] || '6.0.0';
const DEPARTMENT = '62';
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'communes-62.tsv');

const work = mkdtempSync(join(tmpdir(), 'communes-'));
try {
  const tarball = execFileSync('npm', ['pack', '--silent', `${PACKAGE}@${VERSION}`],
                               { cwd: work, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['xzf', tarball], { cwd: work });
  const read = (name) => JSON.parse(readFileSync(join(work, 'package', 'data', name), 'utf8'));
  const communes = read('communes.json').filter((c) => c.departement === DEPARTMENT);
  const arrondissements = read('arrondissements.json').filter((a) => a.departement === DEPARTMENT);
  const epcis = read('epci.json');

  const current = communes.filter((c) => c.type === 'commune-actuelle');
  const epciOf = new Map();
  for (const e of epcis)
    for (const m of e.membres)
      if (m.code.startsWith(DEPARTMENT)) epciOf.set(m.code, e.code);
  const usedEpcis = epcis.filter((e) => current.some((c) => epciOf.get(c.code) === e.code));

  const clean = (s) => String(s).replace(/[\t\r\n]/g, ' ');
  const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const lines = [
    `# The communes of the Pas-de-Calais (${DEPARTMENT}): ${current.length} current communes.`,
    `# Source: ${PACKAGE} ${VERSION} (official geographic code, INSEE; EPCI, DGCL), MIT licence.`,
    `# Generated on ${new Date().toISOString().slice(0, 10)} by resources/data/update-communes.mjs: do not edit by hand.`,
    '# Tab-separated records, one a line, by kind:',
    '#   a  code  name                                        an arrondissement',
    '#   e  siren  name  kind (CA, CC, CU, ME)                an EPCI',
    '#   c  insee  name  postal codes  arrondissement  epci  population',
    '#   f  insee  former name  insee of the current commune  kind (deleguee, associee)',
    '#   m  former insee  insee of the current commune       a code merged away',
  ];
  for (const a of [...arrondissements].sort(byCode)) lines.push(['a', a.code, clean(a.nom)].join('\t'));
  for (const e of [...usedEpcis].sort(byCode)) lines.push(['e', e.code, clean(e.nom), e.type].join('\t'));
  for (const c of [...current].sort(byCode)) {
    lines.push(['c', c.code, clean(c.nom), (c.codesPostaux || []).join(','), c.arrondissement,
                epciOf.get(c.code) || '', c.population ?? ''].join('\t'));
  }
  const currentName = new Map(current.map((c) => [c.code, c.nom]));
  const former = communes.filter((c) => c.type !== 'commune-actuelle');
  for (const f of [...former].sort(byCode)) {
    if (!currentName.has(f.chefLieu) || currentName.get(f.chefLieu) === f.nom) continue;
    const kind = f.type === 'commune-deleguee' ? 'deleguee' : 'associee';
    lines.push(['f', f.code, clean(f.nom), f.chefLieu, kind].join('\t'));
  }
  for (const c of [...current].sort(byCode))
    for (const old of c.anciensCodes || []) lines.push(['m', old, c.code].join('\t'));
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${out}: ${current.length} communes, ${arrondissements.length} arrondissements, ` +
              `${usedEpcis.length} EPCI, ${former.length} former communes`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
