import type { RouteSecurity } from '@kbn/core/server';
import { API_PRIVILEGE } from '../../common/constants';

/** Every analysis route requires the feature's API privilege; Elasticsearch then applies index privileges. */
export const ROUTE_SECURITY: RouteSecurity = { authz: { requiredPrivileges: [API_PRIVILEGE] } };
