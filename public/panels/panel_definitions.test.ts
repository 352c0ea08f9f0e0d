import { PANEL_TYPES } from '../../common/panels/panel_types';
import { PANEL_MENU } from '../plugin';

describe('panel menu', () => {
  it('registers every panel type once (the lazily loaded definitions use the same PANEL_TYPES ids)', () => {
    expect(PANEL_MENU.map((p) => p.type).sort()).toEqual(Object.values(PANEL_TYPES).sort());
  });
});
