/*
 * The Kibana contracts Hunt EDA's browser plugin receives, emulated per version line, recording what the
 * plugin registers. Only the members Hunt EDA uses are present, in the shape of each line's source:
 * - uiActions.registerAction/attachAction (both), share.url.locators.create/get (both),
 *   embeddable.registerReactEmbeddableFactory (both; the factory it returns is driven per line by
 *   buildPanel below), data.query.* and dataViews.get/getDefault (both).
 * - VISUALIZE_FIELD_TRIGGER context: 8.19 { fieldName, indexPatternId }, 9.x { fieldName, dataViewSpec }.
 * - embeddable factory: 8.19 deserializeState → buildEmbeddable(state, buildApi, uuid, parentApi);
 *   9.1+ buildEmbeddable({ initialState, finalizeApi, uuid, parentApi }).
 * Served as a file: the page's CSP, like Kibana's, forbids inline scripts.
 */
(function () {
  window.__emulateKibana = function (line, options) {
    var Rx = window.__kbnSharedDeps__.Rxjs;
    var records = { apps: [], locators: [], factories: {}, actions: {}, attachments: [], navigations: [], httpCalls: [] };
    var locators = {};
    var createLocator = function (definition) {
      var locator = {
        id: definition.id,
        getLocation: definition.getLocation,
        navigate: function (params) {
          records.navigations.push({ locator: definition.id, params: JSON.parse(JSON.stringify(params)) });
          return Promise.resolve();
        },
        getUrl: function (params) {
          return definition.getLocation(params).then(function (l) {
            return '/app/' + l.app + l.path;
          });
        },
      };
      locators[definition.id] = locator;
      return locator;
    };
    // Discover's own locator, registered by Discover in a real Kibana.
    createLocator({ id: 'DISCOVER_APP_LOCATOR', getLocation: function () { return Promise.resolve({ app: 'discover', path: '#/', state: {} }); } });
    var share = { url: { locators: { create: function (d) { records.locators.push(d.id); return createLocator(d); }, get: function (id) { return locators[id]; } } } };
    var time = { from: options.time.from, to: options.time.to };
    var dataView = {
      id: 'dv-alerts',
      title: 'logs-suricata-*',
      timeFieldName: '@timestamp',
      getName: function () { return 'Suricata'; },
      getIndexPattern: function () { return 'logs-suricata-*'; },
      isPersisted: function () { return true; },
      fields: { getByName: function (name) { return { 'alert.signature_id': { name: name, type: 'string' }, src_ip: { name: name, type: 'ip' }, 'http.http_method': { name: name, type: 'string' } }[name]; } },
    };
    var plugins = {
      data: {
        query: {
          timefilter: {
            timefilter: {
              getTime: function () { return time; },
              setTime: function (t) { time = t; },
              getTimeUpdate$: function () { return new Rx.Subject(); },
              // Only absolute times in this emulation; Kibana resolves relative ones with datemath.
              calculateBounds: function (range) { return { min: new Date(range.from), max: new Date(range.to) }; },
            },
          },
          queryString: { getQuery: function () { return options.query; }, setQuery: function () {}, getUpdates$: function () { return new Rx.Subject(); } },
          filterManager: { getFilters: function () { return options.filters; }, setFilters: function () {}, getUpdates$: function () { return new Rx.Subject(); } },
        },
      },
      dataViews: {
        get: function (id) { return id === dataView.id ? Promise.resolve(dataView) : Promise.reject(new Error('Saved object [index-pattern/' + id + '] not found')); },
        getDefault: function () { return Promise.resolve(dataView); },
        getIdsWithTitle: function () { return Promise.resolve([{ id: dataView.id, title: dataView.title }]); },
      },
      share: share,
      uiActions: {
        registerAction: function (action) {
          if (records.actions[action.id]) throw new Error('Action [action.id = ' + action.id + '] already registered.');
          records.actions[action.id] = action;
        },
        attachAction: function (triggerId, actionId) {
          if (!records.actions[actionId]) throw new Error('No action [actionId = ' + actionId + '] registered.');
          records.attachments.push(triggerId + ' → ' + actionId);
        },
      },
      embeddable: {
        registerReactEmbeddableFactory: function (type, getFactory) {
          if (records.factories[type]) throw new Error('Embeddable factory for type "' + type + '" is already registered.');
          records.factories[type] = getFactory;
        },
      },
    };
    var respond = function (path, body) {
      records.httpCalls.push({ path: path, body: body ? JSON.parse(body) : undefined });
      if (options.responses[path]) return Promise.resolve(options.responses[path]);
      return Promise.reject(Object.assign(new Error('Not Found'), { response: { status: 404 } }));
    };
    var theme$ = new Rx.BehaviorSubject({ darkMode: false });
    var coreStart = {
      theme: { theme$: theme$, getTheme: function () { return theme$.value; } },
      i18n: { Context: function (p) { return p.children; } },
      analytics: {},
      executionContext: {},
      http: {
        post: function (path, o) { return respond(path, o && o.body); },
        get: function (path) { return respond(path); },
        fetch: function (path, o) { return respond(path, o && o.body); },
      },
      notifications: { toasts: { addSuccess: function () {}, addDanger: function () {}, addError: function () {}, addWarning: function () {}, addInfo: function () {} } },
      /* A user with the feature's `read` privilege only: Kibana derives these from the feature's `ui` lists. */
      application: { capabilities: { huntEda: { show: true, save: false } } },
      chrome: { setBreadcrumbs: function () {}, docTitle: { change: function () {}, reset: function () {} } },
      uiSettings: { get: function (key, fallback) { return options.uiSettings[key] !== undefined ? options.uiSettings[key] : fallback; } },
    };
    var coreSetup = {
      application: { register: function (app) { records.apps.push(app); } },
      getStartServices: function () { return Promise.resolve([coreStart, plugins, {}]); },
      http: coreStart.http,
      notifications: coreStart.notifications,
    };
    var setupPlugins = { embeddable: plugins.embeddable, share: share };

    /** Builds a panel the way this line's embeddable system does, from serialized state. */
    var buildPanel = function (type, serialized, parentApi) {
      return records.factories[type]().then(function (factory) {
        if (factory.type !== type) throw new Error('factory.type ' + factory.type + ' registered as ' + type);
        if (line === '8.19') {
          return Promise.resolve(factory.deserializeState(serialized)).then(function (runtimeState) {
            var comparatorKeys;
            var buildApi = function (api, comparators) {
              comparatorKeys = Object.keys(comparators);
              Object.keys(comparators).forEach(function (key) {
                var c = comparators[key];
                if (!c[0] || typeof c[0].getValue !== 'function' || typeof c[1] !== 'function') throw new Error('comparator ' + key + ' is not [subject, setter, ...]');
              });
              return Object.assign({}, api, { uuid: 'panel-1', type: type, parentApi: parentApi });
            };
            return factory.buildEmbeddable(runtimeState, buildApi, 'panel-1', parentApi, function () { throw new Error('setApi is not used'); }).then(function (built) {
              return { built: built, runtimeState: runtimeState, comparatorKeys: comparatorKeys };
            });
          });
        }
        var finalizeApi = function (api) { return Object.assign({}, api, { uuid: 'panel-1', type: type, parentApi: parentApi }); };
        return factory.buildEmbeddable({ initialState: serialized, finalizeApi: finalizeApi, uuid: 'panel-1', parentApi: parentApi }).then(function (built) {
          return { built: built };
        });
      });
    };
    var triggerContext = function (fieldName) {
      return line === '8.19' ? { fieldName: fieldName, indexPatternId: dataView.id } : { fieldName: fieldName, dataViewSpec: { id: dataView.id, title: dataView.title } };
    };
    return { records: records, coreSetup: coreSetup, coreStart: coreStart, setupPlugins: setupPlugins, plugins: plugins, buildPanel: buildPanel, triggerContext: triggerContext };
  };
})();
