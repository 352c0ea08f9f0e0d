import '../../test_support/configure_testing_library';
import React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import type { HuntEdaView, HuntEdaViewState } from '../../../../common/saved_views/hunt_eda_view';
import type { HuntEdaLocatorParams } from '../../../locator/hunt_eda_url_state';
import type { SavedViewsAccess } from '../../../saved_views/get_saved_views_access';
import { SavedViewConflictError, type SavedViewsClient } from '../../../saved_views/saved_views_client';
import { SavedViewsBar } from './saved_views_bar';

/** Saved views in memory with the stores' version rule: a save from an old version is a conflict. */
function memoryClient(initial: HuntEdaView[] = []) {
  const views = new Map(initial.map((view) => [view.id, view]));
  const calls: string[] = [];
  let nextId = 1;
  const client: SavedViewsClient = {
    find: async ({ search } = {}) => {
      calls.push(`find ${search ?? ''}`);
      const all = [...views.values()].filter((view) => !search || view.title.toLowerCase().includes(search.toLowerCase()));
      return { total: all.length, views: all };
    },
    open: async (id) => {
      const view = views.get(id);
      if (!view) throw new Error(`saved view ${id} not found`);
      return view;
    },
    create: async (state) => {
      calls.push(`create ${state.title}`);
      const view = { ...(state as HuntEdaViewState), id: `new-${nextId++}`, version: '1', updated_at: undefined };
      views.set(view.id, view);
      return view;
    },
    save: async ({ id, version }, state) => {
      calls.push(`save ${id}@${version}`);
      const stored = views.get(id);
      if (!stored || stored.version !== version) throw new SavedViewConflictError(id);
      const view = { ...state, id, version: String(Number(version) + 1), updated_at: undefined };
      views.set(id, view);
      return view;
    },
    remove: async (id) => {
      calls.push(`remove ${id}`);
      views.delete(id);
    },
  };
  return { client, views, calls };
}

const link: HuntEdaLocatorParams = { index: 'zeek-http-*', analysis: 'http', fieldMappingPreset: 'zeek', timeRange: { from: 'now-30d', to: 'now' } };
const stored = (id: string, version: string, title: string): HuntEdaView => ({
  title,
  index: 'zeek-http-*',
  analysis: 'http',
  field_mapping_preset: 'zeek',
  query: { query: '', language: 'kuery' },
  filters: [],
  options: {},
  id,
  version,
  updated_at: undefined,
});

function renderBar({ access = { canOpen: true, canSave: true }, openedView, client = memoryClient().client }: { access?: SavedViewsAccess; openedView?: HuntEdaView; client?: SavedViewsClient } = {}) {
  const onOpenView = jest.fn();
  const onOpenedViewChange = jest.fn();
  render(
    <EuiProvider>
      <SavedViewsBar
        client={client}
        access={access}
        openedView={openedView}
        getCurrentParams={() => link}
        getShareUrl={() => 'http://127.0.0.1:5602/app/huntEda/?index=zeek-http-*'}
        onOpenView={onOpenView}
        onOpenedViewChange={onOpenedViewChange}
      />
    </EuiProvider>,
    // As Kibana mounts the app (ReactDOM.render): updates outside event handlers re-render at once.
    { legacyRoot: true },
  );
  return { onOpenView, onOpenedViewChange };
}

async function saveWithTitle(buttonTestId: string, title?: string) {
  fireEvent.click(screen.getByTestId(buttonTestId));
  const modal = await screen.findByTestId('huntEdaSaveViewModal');
  if (title !== undefined) fireEvent.change(within(modal).getByTestId('huntEdaSaveViewTitle'), { target: { value: title } });
  await act(async () => {
    fireEvent.click(within(modal).getByTestId('huntEdaSaveViewConfirm'));
  });
}

describe('SavedViewsBar', () => {
  it('shows a read-only user Open and Share, but not Save, Save as or Delete', () => {
    renderBar({ access: { canOpen: true, canSave: false } });
    expect(screen.getByTestId('huntEdaOpenView')).toBeTruthy();
    expect(screen.getByTestId('huntEdaShareView')).toBeTruthy();
    expect(screen.queryByTestId('huntEdaSaveView')).toBeNull();
    expect(screen.queryByTestId('huntEdaSaveViewAs')).toBeNull();
    expect(screen.queryByTestId('huntEdaDeleteView')).toBeNull();
  });

  it('saves the current link as a new view with a title and description, then shows it as the open view', async () => {
    const memory = memoryClient();
    const { onOpenedViewChange } = renderBar({ client: memory.client });
    expect(screen.getByTestId('huntEdaCurrentViewTitle').textContent).toBe('Unsaved view');
    fireEvent.click(screen.getByTestId('huntEdaSaveView'));
    const modal = await screen.findByTestId('huntEdaSaveViewModal');
    expect((within(modal).getByTestId('huntEdaSaveViewConfirm') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(modal).getByTestId('huntEdaSaveViewTitle'), { target: { value: 'Egress beacons' } });
    fireEvent.change(within(modal).getByTestId('huntEdaSaveViewDescription'), { target: { value: 'POST bursts to new hosts' } });
    await act(async () => {
      fireEvent.click(within(modal).getByTestId('huntEdaSaveViewConfirm'));
    });
    expect(memory.views.get('new-1')).toMatchObject({ title: 'Egress beacons', description: 'POST bursts to new hosts', index: 'zeek-http-*', analysis: 'http', time_range: { from: 'now-30d', to: 'now' } });
    expect(screen.queryByTestId('huntEdaSaveViewModal')).toBeNull();
    expect(screen.getByTestId('huntEdaCurrentViewTitle').textContent).toBe('Egress beacons');
    expect(screen.getByTestId('huntEdaSavedViewNotice').textContent).toContain('Saved "Egress beacons" as a new view.');
    expect(onOpenedViewChange).toHaveBeenCalledWith({ id: 'new-1', title: 'Egress beacons', version: '1' });
  });

  it('saves the open view at its version, and the next save goes from the new version', async () => {
    const memory = memoryClient([stored('v1', '4', 'Beacons')]);
    renderBar({ client: memory.client, openedView: stored('v1', '4', 'Beacons') });
    await saveWithTitle('huntEdaSaveView');
    await saveWithTitle('huntEdaSaveView', 'Beacons, renamed');
    expect(memory.calls).toEqual(['save v1@4', 'save v1@5']);
    expect(memory.views.get('v1')).toMatchObject({ title: 'Beacons, renamed', version: '6' });
    expect(screen.queryByTestId('huntEdaSavedViewConflict')).toBeNull();
  });

  it('stops on a concurrent edit with a callout, overwriting nothing; Reload reopens the view, or mine is saved as a new one', async () => {
    const memory = memoryClient([stored('v1', '7', 'Beacons')]);
    const { onOpenView } = renderBar({ client: memory.client, openedView: stored('v1', '6', 'Beacons') });
    await saveWithTitle('huntEdaSaveView', 'Mine');
    const callout = await screen.findByTestId('huntEdaSavedViewConflict');
    expect(callout.textContent).toContain('"Beacons" was changed by someone else');
    expect(memory.views.get('v1')).toMatchObject({ title: 'Beacons', version: '7' });

    fireEvent.click(within(callout).getByTestId('huntEdaConflictReload'));
    expect(onOpenView).toHaveBeenCalledWith('v1');

    fireEvent.click(within(callout).getByTestId('huntEdaConflictSaveAs'));
    const modal = await screen.findByTestId('huntEdaSaveViewModal');
    expect((within(modal).getByTestId('huntEdaSaveViewTitle') as HTMLInputElement).value).toBe('Beacons (copy)');
    await act(async () => {
      fireEvent.click(within(modal).getByTestId('huntEdaSaveViewConfirm'));
    });
    expect(memory.calls).toEqual(['save v1@6', 'create Beacons (copy)']);
    expect(screen.queryByTestId('huntEdaSavedViewConflict')).toBeNull();
    expect(screen.getByTestId('huntEdaCurrentViewTitle').textContent).toBe('Beacons (copy)');
  });

  it('shows the store\'s refusal in the save dialog and keeps it open', async () => {
    const memory = memoryClient();
    memory.client.create = async () => Promise.reject(Object.assign(new Error('Bad Request'), { body: { message: '[request body]: title: expected a non-empty title' } }));
    renderBar({ client: memory.client });
    await saveWithTitle('huntEdaSaveView', 'x');
    expect(screen.getByTestId('huntEdaSaveViewError').textContent).toBe('[request body]: title: expected a non-empty title');
    expect(screen.getByTestId('huntEdaSaveViewModal')).toBeTruthy();
  });

  it('deletes the open view only after confirmation', async () => {
    const memory = memoryClient([stored('v1', '1', 'Beacons')]);
    const { onOpenedViewChange } = renderBar({ client: memory.client, openedView: stored('v1', '1', 'Beacons') });
    fireEvent.click(screen.getByTestId('huntEdaDeleteView'));
    const confirm = await screen.findByTestId('huntEdaDeleteViewConfirm');
    expect(confirm.textContent).toContain('Delete "Beacons"?');
    expect(memory.calls).toEqual([]);
    await act(async () => {
      fireEvent.click(within(confirm).getByTestId('confirmModalConfirmButton'));
    });
    expect(memory.calls).toEqual(['remove v1']);
    expect(onOpenedViewChange).toHaveBeenCalledWith(null);
    expect(screen.getByTestId('huntEdaCurrentViewTitle').textContent).toBe('Unsaved view');
    expect((screen.getByTestId('huntEdaDeleteView') as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists saved views to open, searches them, and opens the one chosen', async () => {
    const memory = memoryClient([stored('v1', '1', 'Egress beacons'), stored('v2', '1', 'DNS tunnelling')]);
    const { onOpenView } = renderBar({ client: memory.client, access: { canOpen: true, canSave: false } });
    fireEvent.click(screen.getByTestId('huntEdaOpenView'));
    const flyout = await screen.findByTestId('huntEdaOpenViewFlyout');
    await within(flyout).findByText('DNS tunnelling');
    fireEvent.change(within(flyout).getByTestId('huntEdaSavedViewsSearch'), { target: { value: 'egress' } });
    await waitFor(() => expect(within(flyout).queryByText('DNS tunnelling')).toBeNull());
    expect(memory.calls).toEqual(['find ', 'find egress']);
    fireEvent.click(within(flyout).getByText('Egress beacons'));
    expect(onOpenView).toHaveBeenCalledWith('v1');
  });

  it('shares the address of the current view', async () => {
    renderBar({ access: { canOpen: false, canSave: false } });
    fireEvent.click(screen.getByTestId('huntEdaShareView'));
    expect(((await screen.findByTestId('huntEdaShareUrl')) as HTMLInputElement).value).toBe('http://127.0.0.1:5602/app/huntEda/?index=zeek-http-*');
  });
});
