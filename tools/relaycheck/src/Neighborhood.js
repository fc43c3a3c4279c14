// The explorer's neighbourhood query, as a Relay client would write it:
// the drawn nodes name the entity they draw, which the store keeps as a
// record of its own.
graphql`
  query NeighborhoodQuery($ids: [ID!]!) {
    neighborhood(ids: $ids, depth: 1, limit: 200) {
      truncated
      nodes {
        id
        entityId
        type
        label
        data
        node {
          __typename
          id
          ... on Person { name }
          ... on Organization { name kind }
          ... on Event { title }
        }
      }
      edges { id relationshipId source target type label data }
    }
  }
`;
