// An organization's tenures, paged forward with @connection and refetched
// through node(id:) with @refetchable.
graphql`
  fragment OrganizationTenures_organization on Organization
  @refetchable(queryName: "OrganizationTenuresRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" }) {
    name
    tenures(first: $count, after: $cursor) @connection(key: "OrganizationTenures_tenures") {
      totalCount
      edges {
        node {
          id
          role
          began
          start { iso solarHijri }
          person { id name }
          position { id role }
        }
      }
    }
  }
`;

graphql`
  query OrganizationTenuresQuery($id: ID!) {
    node(id: $id) {
      ...OrganizationTenures_organization @alias(as: "organization")
    }
  }
`;
