// A position's holders, paged backward (last, before) with @connection,
// and refetched through node(id:): a Position is a Node.
graphql`
  fragment PositionHolders_position on Position
  @refetchable(queryName: "PositionHoldersRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 1 }, cursor: { type: "String" }) {
    role
    organization { id name }
    holders(last: $count, before: $cursor) @connection(key: "PositionHolders_holders") {
      edges { node { id person { id name } start { iso } } }
    }
  }
`;

graphql`
  query PositionHoldersQuery($id: ID!) {
    node(id: $id) {
      ...PositionHolders_position @alias(as: "position")
    }
  }
`;
