import { mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIdentityNumbers } from '../../src/identity/number.js';
import { agreementWith, runBin } from '../helpers.js';
import { validNumber } from '../identity-numbers.js';

const AS_OF = ['--as-of', '2026-11-23'];

/** What an e-mail client or a browser must never get from our documents. */
function expectSelfContained(html: string): void {
  expect(html.startsWith('<!doctype html>\n')).toBe(true);
  expect(html).toContain('<meta charset="utf-8">');
  expect(html).not.toMatch(/<script/i);
  // Only the tags themselves: escaped data may read "src=x" as text.
  const tags = html.match(/<[^>]*>/g) ?? [];
  expect(tags.filter((t) => /^<\/?(link|img|iframe|object|embed|base|a|script)\b/i.test(t))).toEqual([]);
  expect(tags.filter((t) => /\s(src|href|on\w+|style)\s*=/i.test(t))).toEqual([]);
  expect(html.match(/<style>/g)).toHaveLength(1);
  expect(html.match(/<style>([^<]*)<\/style>/)?.[1]).not.toMatch(/url\(|@import|https?:/i);
}

describe('samarbeid status --format html (built bin)', () => {
  it('one document: a table per agreement with the responsible column, names not ids', () => {
    const run = runBin(['status', 'data', ...AS_OF, '--format', 'html']);
    expect(run.status, run.stderr).toBe(0);
    expectSelfContained(run.stdout);
    expect(run.stdout).toContain('<html lang="nb">');
    expect(run.stdout).toContain('<title>Status per 23.11.2026</title>');
    expect(run.stdout).toContain(
      '<th scope="col">Status</th><th scope="col">Hva</th><th scope="col">Frist</th><th scope="col">Når</th><th scope="col">Ansvarlig</th><th scope="col">Merknad</th>',
    );
    // The rotating top meeting: the host is the one responsible, named.
    expect(run.stdout).toContain(
      '<td>Møte: Toppledernivå</td><td>31.12.2026</td><td>om 38 dager</td><td>Buskerud fylkeskommune (vertskap)</td>',
    );
    expect(run.stdout).not.toContain('buskerud-fk');
    // Done ones folded, in words for an e-mail: no command-line hint.
    expect(run.stdout).toContain('2 utførte forpliktelser er ikke tatt med.');
    expect(run.stdout).not.toContain('--all');
    expect(run.stdout).toContain(
      '<p class="summary">Per 23.11.2026: 3 forfalt, 1 snart, 2 planlagt, 9 ok</p>',
    );
  });

  it('--all shows the done ones; --lang en and nn translate the document', () => {
    const all = runBin(['status', 'data', ...AS_OF, '--format', 'html', '--all']).stdout;
    expect(all.match(/<td class="state done">/g)).toHaveLength(2);
    expect(all).not.toContain('ikke tatt med');
    const en = runBin(['status', 'data', ...AS_OF, '--format', 'html', '--lang', 'en']).stdout;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<th scope="col">Responsible</th>');
    expect(en).toContain('2 done obligations are left out.');
    const nn = runBin(['status', 'data', ...AS_OF, '--format', 'html', '--lang', 'nn']).stdout;
    expect(nn).toContain('<html lang="nn">');
    expect(nn).toContain('<th scope="col">Ansvarleg</th>');
  });
});

describe('samarbeid remind --format html (built bin)', () => {
  it('a section per reminder: facts, recipients by name, the draft agenda as a numbered list', () => {
    const run = runBin(['remind', 'data', ...AS_OF, '--format', 'html']);
    expect(run.status, run.stderr).toBe(0);
    expectSelfContained(run.stdout);
    expect(run.stdout).toContain('<title>Påminnelser per 23.11.2026</title>');
    expect(run.stdout).toContain('<h3>Møte: Toppledernivå</h3>\n<ul>\n<li>Møtedato 08.12.2026</li>');
    expect(run.stdout).toContain('<li>Rådgiver, samfunnsenheten (sekretariatet), Nav Vest-Viken</li>');
    expect(run.stdout).toContain(
      '<h4>Forslag til agenda</h4>\n<ol>\n<li>Godkjenning av referat fra forrige møte (14.10.2025)</li>\n<li>Status i samarbeidet</li>',
    );
    expect(run.stdout).not.toContain('buskerud-fk');
    expect(run.stdout).toContain('<p class="summary">6 påminnelser per 23.11.2026</p>');
  });

  it('--out DIR writes one .html document per agreement', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'samarbeid-html-out-')), 'ut');
    const run = runBin(['remind', 'data', ...AS_OF, '--format', 'html', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'buskerud-2024.html',
      'helsefellesskap-bergen.html',
      'viken-2020.html',
    ]);
    const viken = readFileSync(join(out, 'viken-2020.html'), 'utf8');
    expectSelfContained(viken);
    expect(viken).toContain('<p>Ingen påminnelser.</p>');
  });
});

describe('privacy and injection in the HTML documents', () => {
  it('an identity number in the title and the folder name is never printed whole', () => {
    const n = validNumber('240583100');
    const folder = agreementWith({
      'agreement.yaml': readFileSync(join('tests', 'fixtures', 'minimal', 'agreement.yaml'), 'utf8').replace(
        'title: Minimal avtale',
        `title: "Avtale <b>${n.slice(0, 6)} ${n.slice(6)}</b>"`,
      ),
    });
    const named = join(folder, '..', `avtale ${n}`);
    renameSync(folder, named);
    const masked = `<h2 id="agreement-1">Avtale &lt;b&gt;******${n.slice(6)}&lt;/b&gt;</h2>`;
    for (const command of ['status', 'remind']) {
      const run = runBin([command, named, ...AS_OF, '--format', 'html']);
      const all = `${run.stdout}\n${run.stderr}`;
      expect(findIdentityNumbers(all), command).toEqual([]);
      expect(all.replace(/\D/g, ''), command).not.toContain(n);
      expect(run.stdout, command).toContain(
        command === 'status' ? masked : masked.replace(' id="agreement-1"', ''),
      );
    }
  });

  it('markup in the data is shown as text', () => {
    const folder = agreementWith({
      'agreement.yaml': readFileSync(join('tests', 'fixtures', 'minimal', 'agreement.yaml'), 'utf8')
        .replace(
          'title: Minimal avtale',
          `title: "<script>alert(1)</script> & \\"><img src=x onerror=alert(1)>"`,
        )
        .replace('name: Part A', `name: "javascript:alert('A') <a href='https://evil.example'>"`),
    });
    for (const command of ['status', 'remind']) {
      const run = runBin([command, folder, ...AS_OF, '--format', 'html']);
      expect(run.status, run.stderr).toBe(0);
      expectSelfContained(run.stdout);
    }
    const status = runBin(['status', folder, ...AS_OF, '--format', 'html']).stdout;
    expect(status).toContain(
      '<h2 id="agreement-1">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</h2>',
    );
    expect(status).toContain('javascript:alert(&#39;A&#39;) &lt;a href=&#39;https://evil.example&#39;&gt;');
  });
});
