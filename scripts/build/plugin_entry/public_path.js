/* First module of the bundle: lazy chunks and assets load from the URL Kibana serves this bundle at
 * (`<basePath>/<buildNum>/bundles/plugin/huntEda/<version>/`), which only the page knows. */
// eslint-disable-next-line no-undef
__webpack_public_path__ = window.__kbnPublicPath__['huntEda'];
