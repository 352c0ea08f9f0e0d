import type { HuntEdaView, HuntEdaViewState } from '../../common/saved_views/hunt_eda_view';
import { initialSavedViewsState, planSave, proposeCopyTitle, reduceSavedViews, type SavedViewsEvent, type SavedViewsState } from './saved_views_state';

const state: HuntEdaViewState = { title: 'Beacons', index: 'zeek-*', analysis: 'http', field_mapping_preset: 'zeek', query: { query: '', language: 'kuery' }, filters: [], options: {} };
const view = (id: string, version: string, title = 'Beacons'): HuntEdaView => ({ ...state, title, id, version, updated_at: undefined });
const run = (start: SavedViewsState, ...events: SavedViewsEvent[]) => events.reduce(reduceSavedViews, start);

describe('saved-views state machine', () => {
  it('starts on the view the app was opened with, or none', () => {
    expect(initialSavedViewsState(view('v1', '3')).current).toEqual({ id: 'v1', title: 'Beacons', version: '3' });
    expect(initialSavedViewsState(undefined).current).toBeNull();
  });

  it('saves: the dialog closes, the saved view (and its new version) becomes the open one, the outcome is reported', () => {
    const next = run(initialSavedViewsState(view('v1', '3')), { type: 'openDialog', dialog: { kind: 'save', mode: 'save' } }, { type: 'started' }, { type: 'saved', view: view('v1', '4'), created: false });
    expect(next).toEqual({ current: { id: 'v1', title: 'Beacons', version: '4' }, dialog: null, pending: false, conflict: null, error: null, notice: 'Saved "Beacons".' });
    const copy = run(next, { type: 'started' }, { type: 'saved', view: view('v2', '1', 'Beacons (copy)'), created: true });
    expect(copy.current?.id).toBe('v2');
    expect(copy.notice).toBe('Saved "Beacons (copy)" as a new view.');
  });

  it('keeps a conflict (with what the user tried to save) until dismissed or resolved, and closes the dialog', () => {
    const conflicted = run(initialSavedViewsState(view('v1', '3')), { type: 'openDialog', dialog: { kind: 'save', mode: 'save' } }, { type: 'started' }, { type: 'conflict', attempted: state });
    expect(conflicted.conflict).toEqual({ view: { id: 'v1', title: 'Beacons', version: '3' }, attempted: state });
    expect(conflicted.current?.version).toBe('3');
    expect(conflicted.dialog).toBeNull();
    expect(conflicted.pending).toBe(false);
    expect(run(conflicted, { type: 'openDialog', dialog: { kind: 'open' } }).conflict).not.toBeNull();
    expect(run(conflicted, { type: 'dismiss' }).conflict).toBeNull();
    expect(run(conflicted, { type: 'started' }, { type: 'saved', view: view('v2', '1'), created: true }).conflict).toBeNull();
  });

  it('reports a failure in the open dialog and keeps it open; a dialog cannot be closed while its request runs', () => {
    const saving = run(initialSavedViewsState(undefined), { type: 'openDialog', dialog: { kind: 'save', mode: 'saveAs' } }, { type: 'started' });
    expect(run(saving, { type: 'closeDialog' }).dialog).toEqual({ kind: 'save', mode: 'saveAs' });
    const failed = run(saving, { type: 'failed', message: 'title: expected a non-empty title' });
    expect(failed).toMatchObject({ dialog: { kind: 'save', mode: 'saveAs' }, pending: false, error: 'title: expected a non-empty title' });
    expect(run(failed, { type: 'closeDialog' })).toMatchObject({ dialog: null, error: null });
  });

  it('forgets the open view (and its conflict) when it is deleted, but not when another one is', () => {
    const opened = initialSavedViewsState(view('v1', '3'));
    expect(run(opened, { type: 'deleted', id: 'v9', title: 'Other' })).toMatchObject({ current: { id: 'v1' }, notice: 'Deleted "Other".' });
    const conflicted = run(opened, { type: 'conflict', attempted: state });
    expect(run(conflicted, { type: 'deleted', id: 'v1', title: 'Beacons' })).toMatchObject({ current: null, conflict: null });
  });

  it('plans Save as an update at the open version, Save as (or Save with nothing open) as a create', () => {
    const current = { id: 'v1', title: 'Beacons', version: '3' };
    expect(planSave(current, 'save', state)).toEqual({ kind: 'update', id: 'v1', version: '3', state });
    expect(planSave(current, 'saveAs', state)).toEqual({ kind: 'create', state });
    expect(planSave(null, 'save', state)).toEqual({ kind: 'create', state });
    expect(() => planSave({ ...current, version: undefined }, 'save', state)).toThrow('"Beacons" has no version to save against; open it again, or save as a new view');
  });

  it('proposes "<title> (copy)" for Save as, within the 200-character title limit', () => {
    expect(proposeCopyTitle('Beacons')).toBe('Beacons (copy)');
    expect(proposeCopyTitle('x'.repeat(200))).toHaveLength(200);
  });
});
