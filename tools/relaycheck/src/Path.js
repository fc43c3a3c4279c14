// A path between two persons, read into the same store as the
// neighbourhood: its nodes are the same records, its hops records of their
// own.
graphql`
  query PathQuery($from: ID!, $to: ID!) {
    path(from: $from, to: $to, maxHops: 4) {
      message
      path {
        length
        nodes {
          __typename
          id
          ... on Person { name }
          ... on Organization { name }
          ... on Tenure { role }
        }
        hops {
          id
          relationshipId
          type
          source
          target
          label
          evidence { quote start end source { id title } }
        }
      }
    }
  }
`;
