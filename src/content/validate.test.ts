// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTRACT_PROFILE_IDS } from './contract-ids';
import { loadCatalogue, PROJECT_ROOT } from './load-node';
import { checkCatalogue, type ContentFile } from './validate';

const TODAY = new Date('2026-12-01T12:00:00Z');
const example = parse(readFileSync(join(PROJECT_ROOT, 'content/groups/alcoholics-anonymous.yaml'), 'utf8')) as Record<string, unknown>;

/** A valid profile for `id`, changed by `edit`; returned as the file the checker would read. */
function file(id: string, edit: (p: Record<string, unknown>) => void = () => {}): ContentFile {
  const data = structuredClone(example);
  data.id = id;
  edit(data);
  return { file: `content/groups/${id}.yaml`, data };
}

/** Every contract id, valid, with one file replaced by the broken one. */
function catalogueWith(broken: ContentFile): ContentFile[] {
  return [...CONTRACT_PROFILE_IDS.filter((id) => !broken.file.endsWith(`/${id}.yaml`)).map((id) => file(id)), broken];
}

const errorsFor = (broken: ContentFile) => checkCatalogue(catalogueWith(broken), TODAY).errors;

describe('content check', () => {
  it('accepts a complete, valid catalogue', () => {
    const check = checkCatalogue(CONTRACT_PROFILE_IDS.map((id) => file(id)), TODAY);
    expect(check.errors).toEqual([]);
    expect(check.profiles).toHaveLength(CONTRACT_PROFILE_IDS.length);
  });

  it.each([
    ['an unknown field', (p: Record<string, unknown>) => (p.colour = 'blue'), 'colour', /unknown field "colour"/],
    ['a missing required field', (p: Record<string, unknown>) => delete p.summary, 'summary', /missing required field/],
    ['a missing translation', (p: Record<string, unknown>) => ((p.summary as Record<string, string>).es = undefined as never), 'summary.es', /missing required field/],
    ['a non-https website', (p: Record<string, unknown>) => ((p.contacts as Record<string, string>[])[0]!.website = 'http://example.org'), 'contacts.0.website', /https/],
    ['a non-https source', (p: Record<string, unknown>) => ((p.sources as Record<string, string>[])[0]!.url = 'http://example.org'), 'sources.0.url', /https/],
    ['a value outside the vocabulary', (p: Record<string, unknown>) => (p.spirituality = 'some'), 'spirituality', /expected one of "none", "optional", "central"/],
    ['a review date in the future', (p: Record<string, unknown>) => (p.lastReviewed = '2027-01-01'), 'lastReviewed', /not in the future/],
    ['a badly written date', (p: Record<string, unknown>) => (p.lastReviewed = '22/11/2026'), 'lastReviewed', /YYYY-MM-DD/],
    ['a script tag in text', (p: Record<string, unknown>) => ((p.summary as Record<string, string>).en = 'Hi <script>alert(1)</script>'), 'summary.en', /HTML tag/],
    ['a javascript: link in text', (p: Record<string, unknown>) => ((p.firstMeeting as Record<string, string>).en = 'Go to javascript:alert(1)'), 'firstMeeting.en', /javascript:/],
    ['a javascript: address', (p: Record<string, unknown>) => ((p.contacts as Record<string, string>[])[0]!.website = 'javascript:alert(1)'), 'contacts.0.website', /https/],
  ])('rejects %s, naming the file and field', (_name, edit, field, message) => {
    const errors = errorsFor(file('smart-recovery', edit));
    expect(errors).toContainEqual({ file: 'content/groups/smart-recovery.yaml', field, message: expect.stringMatching(message) });
  });

  /** The example's first source: a known reach level may cite it. */
  const citedUrl = (example.sources as { url: string }[])[0]!.url;
  type Edit = (p: Record<string, unknown>) => void;

  it.each<[string, Edit, string, RegExp]>([
    ['builtFor "faith" without a faith field', (p) => (p.builtFor = ['faith']), 'builtFor', /builtFor "faith" goes with a faith field/],
    ['a faith field without builtFor "faith"', (p) => (p.faith = 'christian'), 'builtFor', /builtFor "faith" goes with a faith field/],
    ['builtFor "culture" without a culture field', (p) => (p.builtFor = ['culture']), 'builtFor', /builtFor "culture" goes with a culture field/],
    ['builtFor "teens" on a group not for teens only', (p) => (p.builtFor = ['teens']), 'builtFor', /goes with age "teens-only"/],
    ['age "teens-only" without builtFor "teens"', (p) => (p.age = 'teens-only'), 'builtFor', /goes with age "teens-only"/],
    ['genderOnly without builtFor', (p) => (p.genderOnly = 'women'), 'builtFor', /only for women is built for them: add "women"/],
    ['a known reach level without a source', (p) => (p.reach = [{ 'in-person': 'many' }]), 'reach[0]', /expected a source for a known reach level/],
    ['a reach source that is not one of the sources', (p) => (p.reach = [{ 'in-person': 'some', source: 'https://example.org/elsewhere' }]), 'reach[0].source', /one of the profile's sources/],
    ['reach for a format the group does not offer', (p) => (p.reach = [{ 'online-text': 'some', source: citedUrl }]), 'reach[0].online-text', /formats do not list online-text/],
    ['reach everywhere else for a format offered only in some regions', (p) => Object.assign(p, { formats: [{ format: 'in-person', regions: ['us'] }], reach: [{ 'in-person': 'some', source: citedUrl }] }), 'reach[0].in-person', /offered only in us/],
    ['reach in a region where the format is not offered', (p) => Object.assign(p, { formats: [{ format: 'in-person', regions: ['us', 'ca'] }], reach: [{ regions: ['uk'], 'in-person': 'many', source: citedUrl }] }), 'reach[0].in-person', /offered only in us, ca/],
    ['two reach entries without regions', (p) => (p.reach = [{ 'in-person': 'not-known' }, { phone: 'not-known' }]), 'reach', /at most one entry without regions/],
    ['goals by region with no goals', (p) => (p.goalsByRegion = [{ regions: ['uk'], goals: [] }]), 'goalsByRegion.0.goals', /./],
  ])('rejects %s, naming the field', (_name, edit, field, message) => {
    const errors = errorsFor(file('smart-recovery', edit));
    expect(errors).toContainEqual({ file: 'content/groups/smart-recovery.yaml', field, message: expect.stringMatching(message) });
  });

  it.each<[string, Edit]>([
    ['a faith group built for that faith', (p) => Object.assign(p, { builtFor: ['faith'], faith: 'muslim' })],
    ['a teens-only group built for teens', (p) => Object.assign(p, { builtFor: ['teens'], age: 'teens-only' })],
    ['a women-only group built for women', (p) => Object.assign(p, { builtFor: ['women'], genderOnly: 'women' })],
    ['a culture group built around that culture', (p) => Object.assign(p, { builtFor: ['culture'], culture: 'indigenous' })],
    ['not-known reach with no source', (p) => (p.reach = [{ 'in-person': 'not-known', 'online-text': 'not-known' }])],
    ['reach in a region where a region-limited format is offered', (p) => Object.assign(p, { formats: [{ format: 'in-person', regions: ['us', 'au'] }], reach: [{ regions: ['us'], 'in-person': 'some', source: citedUrl }, { 'in-person': 'not-known' }] })],
    ['"none" for a format the group does not offer', (p) => (p.reach = [{ 'online-text': 'none', source: citedUrl }])],
    ['regional entries beside one entry for everywhere else', (p) => (p.reach = [{ regions: ['es'], 'in-person': 'some', source: citedUrl }, { regions: ['es'], phone: 'few', source: citedUrl }, { 'in-person': 'not-known' }])],
  ])('accepts %s', (_name, edit) => {
    expect(errorsFor(file('smart-recovery', edit))).toEqual([]);
  });

  it('rejects a duplicate id', () => {
    const files = [...CONTRACT_PROFILE_IDS.map((id) => file(id)), { ...file('lifering'), file: 'content/groups/copy/lifering.yaml' }];
    expect(checkCatalogue(files, TODAY).errors).toContainEqual(
      expect.objectContaining({ file: 'content/groups/copy/lifering.yaml', field: 'id', message: expect.stringMatching(/duplicate id "lifering"/) }),
    );
  });

  it('rejects a contract id with no file', () => {
    const files = CONTRACT_PROFILE_IDS.filter((id) => id !== 'gam-anon').map((id) => file(id));
    expect(checkCatalogue(files, TODAY).errors).toEqual([
      { file: 'content/groups/gam-anon.yaml', field: 'id', message: 'the contract lists "gam-anon" but there is no file for it' },
    ]);
  });

  it('rejects a file whose name does not match its id', () => {
    const misnamed = { ...file('lifering'), file: 'content/groups/life-ring.yaml' };
    expect(errorsFor(misnamed)).toContainEqual(expect.objectContaining({ field: 'id', message: 'expected the file to be named lifering.yaml' }));
  });

  it('warns, without failing, on a profile not reviewed for 12 months', () => {
    const check = checkCatalogue(catalogueWith(file('hams', (p) => (p.lastReviewed = '2025-10-01'))), TODAY);
    expect(check.errors).toEqual([]);
    expect(check.warnings.filter((w) => w.file.endsWith('hams.yaml') && w.field === 'lastReviewed')).toEqual([
      { file: 'content/groups/hams.yaml', field: 'lastReviewed', message: 'not reviewed for over 12 months (last 2025-10-01)' },
    ]);
  });

  it('warns, without failing, on a profile whose worldwide contact offers no way to a meeting', () => {
    const check = checkCatalogue(catalogueWith(file('hams', (p) => (p.contacts = [{ website: 'https://hams.example' }]))), TODAY);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toContainEqual({ file: 'content/groups/hams.yaml', field: 'contacts[0]', message: expect.stringMatching(/no meeting finder/) });
  });

  it('reports a file that is not valid YAML with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pathways-content-'));
    writeFileSync(join(dir, 'broken.yaml'), 'id: broken\nname: [unclosed\n');
    const check = loadCatalogue(dir, TODAY);
    expect(check.errors[0]).toMatchObject({ field: expect.stringMatching(/^line \d+$/), message: expect.stringMatching(/not valid YAML/) });
  });
});
