// A root listing with a Solar Hijri filter, paged with @connection on the
// query type.
graphql`
  fragment Events_query on Query
  @refetchable(queryName: "EventsRefetchQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 3 }
    cursor: { type: "String" }
    from: { type: "String" }
  ) {
    events(first: $count, after: $cursor, filter: { from: $from }, orderBy: { field: DATE, direction: ASC })
    @connection(key: "Events_events", filters: ["filter", "orderBy"]) {
      totalCount
      edges { node { id title date { iso solarHijri } } }
    }
  }
`;

graphql`
  query EventsQuery($from: String) {
    ...Events_query @arguments(from: $from)
  }
`;
