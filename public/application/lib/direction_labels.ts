import type { Direction } from '../../../common/model/direction';
import { translate } from './translate';

/** A direction as people read it ("internal → external"). */
export function getDirectionLabel(direction: Direction): string {
  switch (direction) {
    case 'internal_to_internal':
      return translate('huntEda.direction.internalToInternal', 'internal → internal');
    case 'internal_to_external':
      return translate('huntEda.direction.internalToExternal', 'internal → external');
    case 'external_to_internal':
      return translate('huntEda.direction.externalToInternal', 'external → internal');
    case 'external_to_external':
      return translate('huntEda.direction.externalToExternal', 'external → external');
  }
}
