import { getSavedViewsAccess } from './get_saved_views_access';

describe('getSavedViewsAccess', () => {
  it('lets `all` (show + save) save, `read` (show) only open, and nobody without the feature', () => {
    expect(getSavedViewsAccess({ huntEda: { show: true, save: true } })).toEqual({ canOpen: true, canSave: true });
    expect(getSavedViewsAccess({ huntEda: { show: true, save: false } })).toEqual({ canOpen: true, canSave: false });
    expect(getSavedViewsAccess({ huntEda: { show: false, save: true } })).toEqual({ canOpen: false, canSave: false });
    expect(getSavedViewsAccess({ discover: { show: true } })).toEqual({ canOpen: false, canSave: false });
  });

  it('hides saved views on a standalone server started without a store', () => {
    expect(getSavedViewsAccess({ huntEda: { show: true, save: false, savedViews: false } })).toEqual({ canOpen: false, canSave: false });
  });
});
