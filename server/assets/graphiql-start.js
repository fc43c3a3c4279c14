// Starts GraphiQL against this server's /graphql endpoint, with a tab of
// example queries for each thing the explorer page does: search, a person
// with tenures and evidence, a body's succession, a neighbourhood, the path
// between two persons, a timeline. The examples' IDs are looked up by a
// search first, so they work on whatever graph the server holds. An API
// key goes in the Headers tab: {"Authorization": "Bearer KEY"}.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: "/graphql" });

  var tabs = function (ids) {
    var v = function (o) { return JSON.stringify(o, null, 2); };
    return [
      {
        query: [
          "# Search the graph the way a Persian reader would: ی/ي, half-spaces and",
          "# honorifics do not matter, and a prefix finds the name.",
          "query Search($q: String!) {",
          "  search(query: $q, first: 5) {",
          "    totalCount",
          "    edges { score node { __typename id ... on Person { name titles } ... on Organization { name kind } } }",
          "  }",
          "}"
        ].join("\n"),
        variables: v({ q: "\u0639\u0628\u0627\u062f\u06cc" })
      },
      {
        query: [
          "# A person: titles, aliases, posts with predecessor and successor, events,",
          "# and the sentence behind every fact.",
          "query Person($id: ID!) {",
          "  node(id: $id) {",
          "    ... on Person {",
          "      name titles aliases",
          "      tenures { edges { node { role began start { iso solarHijri original }",
          "        organization { name parent { name } }",
          "        predecessor { name } successor { name }",
          "        evidence { quote start end source { title url } } } } }",
          "      events { edges { part node { title type date { iso solarHijri } } } }",
          "    }",
          "  }",
          "}"
        ].join("\n"),
        variables: v({ id: ids.person })
      },
      {
        query: [
          "# Who held which post of a body, in order, with gaps and overlaps reported.",
          "query Succession($org: ID!) {",
          "  appointmentHistory(organization: $org) {",
          "    tenures { role person { name } predecessor { name } began",
          "      start { iso solarHijri } end { iso solarHijri } evidence { quote } }",
          "    issues { kind message }",
          "  }",
          "}"
        ].join("\n"),
        variables: v({ org: ids.org })
      },
      {
        query: [
          "# The neighbourhood of a node, in the shape graph-drawing libraries read.",
          "query Neighborhood($ids: [ID!]!) {",
          "  neighborhood(ids: $ids, depth: 2, limit: 100) {",
          "    truncated",
          "    nodes { id type label }",
          "    edges { id source target type label }",
          "  }",
          "}"
        ].join("\n"),
        variables: v({ ids: [ids.org] })
      },
      {
        query: [
          "# How are two entities connected? Every hop carries its evidence.",
          "query Path($from: ID!, $to: ID!) {",
          "  path(from: $from, to: $to, maxHops: 4) {",
          "    message",
          "    path { length nodes { id ... on Person { name } ... on Organization { name } ... on Event { title } }",
          "      hops { type label source target evidence { quote } } }",
          "  }",
          "}"
        ].join("\n"),
        variables: v({ from: ids.person, to: ids.other })
      },
      {
        query: [
          "# Events and changes of post holders in date order, in both calendars.",
          "query Timeline($ids: [ID!]!) {",
          "  timeline(ids: $ids) { date { iso solarHijri } kind label }",
          "}"
        ].join("\n"),
        variables: v({ ids: [ids.org] })
      }
    ];
  };

  // firstID returns the ID of the best hit of a search, or a placeholder.
  var firstID = function (q, type, fallback) {
    return fetch("/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        query: "query($q: String!, $t: [EntityType!]) { search(query: $q, types: $t, first: 1) { edges { node { id } } } }",
        variables: { q: q, t: [type] }
      })
    }).then(function (r) { return r.json(); })
      .then(function (r) { return r.data.search.edges[0].node.id; })
      .catch(function () { return fallback; });
  };

  Promise.all([
    firstID("\u0639\u06cc\u0633\u06cc \u0639\u0628\u0627\u062f\u06cc", "PERSON", "per_\u2026"),
    firstID("\u06a9\u0627\u0646\u0648\u0646 \u0628\u0633\u06cc\u062c \u0645\u0647\u0646\u062f\u0633\u06cc\u0646 \u0635\u0646\u0639\u062a \u0648 \u0645\u0639\u062f\u0646 \u0622\u0628\u0627\u062f\u0627\u0646", "ORGANIZATION", "org_\u2026"),
    firstID("\u0632\u0627\u0647\u062f\u06cc\u200c\u0646\u06cc\u0627", "PERSON", "per_\u2026")
  ]).then(function (got) {
    var all = tabs({ person: got[0], org: got[1], other: got[2] });
    var root = ReactDOM.createRoot(document.getElementById("graphiql"));
    root.render(React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: all,
      // GraphiQL fills the first tab's editors from these, not from its tab.
      defaultQuery: all[0].query,
      defaultVariables: all[0].variables,
      variables: all[0].variables,
      defaultEditorToolsVisibility: true
    }));
  });
})();
