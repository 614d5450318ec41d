/*
 * GraphiQL for Roost, served with the page at /graphql (no inline script: the page's
 * Content-Security-Policy allows scripts from this server only).
 *
 * Queries and mutations go over HTTP with the headers typed in the Headers editor;
 * subscriptions go over a WebSocket speaking graphql-transport-ws (the graphql-ws client),
 * with the Authorization header sent as the connection_init payload, as Roost expects.
 * /graphql#query=…&variables=… opens the page with that operation (a fragment, because
 * GET /graphql?query=… runs the query).
 */
(function () {
  "use strict";

  var url = window.location.origin + window.location.pathname;
  var socketUrl = url.replace(/^http/, "ws");
  var httpFetcher = GraphiQL.createFetcher({ url: url });
  var sockets = {};

  function authorizationOf(headers) {
    var names = Object.keys(headers || {});
    for (var i = 0; i < names.length; i++) {
      if (names[i].toLowerCase() === "authorization") {
        return String(headers[names[i]]);
      }
    }
    return "";
  }

  // One lazy socket per Authorization header, so changing the token takes effect.
  function socketFor(authorization) {
    if (!sockets[authorization]) {
      sockets[authorization] = graphqlWs.createClient({
        url: socketUrl,
        connectionParams: authorization ? { authorization: authorization } : {},
      });
    }
    return sockets[authorization];
  }

  function isSubscription(documentAST, operationName) {
    var definitions = (documentAST && documentAST.definitions) || [];
    return definitions.some(function (definition) {
      return (
        definition.kind === "OperationDefinition" &&
        definition.operation === "subscription" &&
        (!operationName || (definition.name && definition.name.value === operationName))
      );
    });
  }

  function fetcher(params, options) {
    options = options || {};
    if (isSubscription(options.documentAST, params.operationName)) {
      return socketFor(authorizationOf(options.headers)).iterate(params);
    }
    return httpFetcher(params, options);
  }

  var search = new URLSearchParams(window.location.hash.slice(1));
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: '# Headers: {"Authorization": "Bearer <token>"}\n{ me { name role } }\n',
      query: search.get("query") || undefined,
      variables: search.get("variables") || undefined,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
    }),
  );
})();
