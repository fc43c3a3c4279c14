// Starts GraphiQL against this server's /graphql endpoint. An API key goes
// in the Headers tab: {"Authorization": "Bearer KEY"}.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: "/graphql" });
  var defaultQuery = [
    "# Search the graph the way a Persian reader would, then follow the links.",
    "query Search($q: String!) {",
    "  search(query: $q, first: 5) {",
    "    totalCount",
    "    edges {",
    "      score",
    "      node {",
    "        __typename",
    "        id",
    "        ... on Person { name titles tenures { edges { node { role organization { name } start { iso solarHijri } } } } }",
    "        ... on Organization { name kind positions { edges { node { role holders { totalCount } } } } }",
    "      }",
    "    }",
    "  }",
    "}",
    ""
  ].join("\n");
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultVariables: JSON.stringify({ q: "\u0645\u062f\u06cc\u0631" }, null, 2),
    defaultEditorToolsVisibility: true
  }));
})();
