import { EMPTY_ICON_TYPE, pickIconType } from './pick_icon_type';

describe('pickIconType', () => {
  it('takes the first candidate the running EUI knows, in the order given', () => {
    expect(pickIconType(['chevronSingleRight', 'arrowRight'], ['arrowRight', 'chevronSingleRight'])).toBe('chevronSingleRight');
    expect(pickIconType(['chevronSingleRight', 'arrowRight'], ['arrowDown', 'arrowRight'])).toBe('arrowRight');
  });

  it('draws the blank icon, not an <img> request for an unknown name, when EUI knows none of them', () => {
    expect(pickIconType(['visBoxPlot'], ['arrowRight'])).toBe(EMPTY_ICON_TYPE);
    expect(pickIconType([], ['arrowRight'])).toBe(EMPTY_ICON_TYPE);
  });
});
