// The GraphQL client and the queries the page sends to POST /graphql.

const endpoint = 'graphql';

// GraphQLError is an answer whose errors field is set, or a failed request.
// A failure of the request itself has a reason: 'network' when the server
// could not be reached, 'status' when it answered without data; detail is
// what went wrong, for the page to show after its own words.
export class GraphQLError extends Error {
  constructor(message, errors, reason = '', detail = '') {
    super(message);
    this.name = 'GraphQLError';
    this.errors = errors || [];
    this.reason = reason;
    this.detail = detail;
  }
}

// request sends a query with its variables and returns its data. A signal
// from an AbortController cancels it; key, when given, is the caller's API
// key, sent as a bearer token.
export async function request(query, variables = {}, signal, key = '') {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (key) headers.Authorization = `Bearer ${key}`;
  let res;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new GraphQLError(`network: ${err.message}`, null, 'network', err.message);
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new GraphQLError(`server answered ${res.status} without JSON`, null, 'status', String(res.status));
  }
  if (body.errors && body.errors.length) {
    throw new GraphQLError(body.errors.map((e) => e.message).join('; '), body.errors);
  }
  if (!res.ok) throw new GraphQLError(`server answered ${res.status}`, null, 'status', String(res.status));
  return body.data;
}

const evidence = `
fragment Ev on Evidence { quote start end source { id title url } }`;

const date = `
fragment D on Date { iso solarHijri original precision }`;

const tenure = `
fragment T on Tenure {
  id role began
  start { ...D } end { ...D }
  person { id name }
  organization { id name }
  predecessor { id name }
  successor { id name }
  evidence { ...Ev }
}`;

export const searchQuery = `
query Search($q: String!, $first: Int) {
  search(query: $q, first: $first) {
    totalCount
    edges {
      score
      node {
        __typename id
        ... on Person { name titles }
        ... on Organization { name kind }
        ... on Event { title date { iso solarHijri } }
        ... on Project { name kind }
        ... on Place { name kind }
        ... on Source { title }
      }
    }
  }
}`;

export const entityQuery = `
query Entity($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Person {
      name aliases titles
      tenures(first: 100) { edges { node { ...T } } }
      events(first: 100) { edges { part node { id title type date { ...D } evidence { ...Ev } } } }
      evidence { ...Ev }
      sources { id title url }
    }
    ... on Organization {
      name aliases kind
      parent { id name }
      place { id name }
      branches(first: 100) { edges { node { id name } } }
      positions(first: 100) { edges { node { id role } } }
      tenures(first: 100) { edges { node { ...T } } }
      events(first: 100) { edges { node { id title date { ...D } } } }
      projects(first: 100) { edges { node { id name } } }
      evidence { ...Ev }
    }
    ... on Event {
      title type
      date { ...D }
      place { id name }
      participants(first: 100) { edges { part node { id name } } }
      organizations(first: 100) { edges { node { id name } } }
      evidence { ...Ev }
    }
    ... on Project {
      name aliases kind figures
      runBy: organization { id name }
      place { id name }
      evidence { ...Ev }
    }
    ... on Place {
      name aliases kind
      parent { id name }
      organizations(first: 100) { edges { node { id name } } }
      events(first: 100) { edges { node { id title date { ...D } } } }
      projects(first: 100) { edges { node { id name } } }
      evidence { ...Ev }
    }
    ... on Source { title url published { ...D } file }
  }
}${tenure}${date}${evidence}`;

export const sourceQuery = `
query Source($id: ID!) {
  node(id: $id) { __typename id ... on Source { title url file text published { iso solarHijri } } }
}`;

export const neighborhoodQuery = `
query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit) {
    truncated
    nodes { id: entityId type label data }
    edges { id: relationshipId source target type label data }
  }
}`;

export const successionQuery = `
query Succession($org: ID!, $role: String) {
  node(id: $org) { __typename id ... on Organization { name kind positions(first: 100) { edges { node { id role } } } } }
  appointmentHistory(organization: $org, role: $role) {
    tenures { ...T }
    issues { kind message role from to days tenures { id } }
  }
}${tenure}${date}${evidence}`;

export const pathQuery = `
query Path($from: ID!, $to: ID!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    message
    path {
      length
      nodes {
        __typename id
        ... on Person { name }
        ... on Organization { name }
        ... on Event { title }
        ... on Project { name }
        ... on Place { name }
        ... on Source { title }
        ... on Tenure { role }
      }
      hops { id: relationshipId type source target label evidence { ...Ev } }
    }
  }
}${evidence}`;

export const namesQuery = `
query Names($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename id
    ... on Person { name }
    ... on Organization { name }
    ... on Event { title }
    ... on Project { name }
    ... on Place { name }
    ... on Source { title }
  }
}`;

const side = `
fragment Side on DuplicateSide {
  node {
    __typename id
    ... on Person { name aliases titles }
    ... on Organization { name aliases kind }
  }
  evidence { ...Ev }
}`;

export const duplicatesQuery = `
query Duplicates($type: EntityType!, $first: Int, $after: String) {
  duplicateCandidates(type: $type, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { score reasons a { ...Side } b { ...Side } } }
  }
}${side}${evidence}`;

export const mergeMutation = `
mutation Merge($from: ID!, $into: ID!) {
  mergeEntities(from: $from, into: $into) {
    __typename id
    ... on Person { name aliases }
    ... on Organization { name aliases }
  }
}`;

export const dismissMutation = `
mutation Dismiss($a: ID!, $b: ID!) {
  dismissDuplicate(a: $a, b: $b) { id action }
}`;

export const undoDismissalMutation = `
mutation UndoDismissal($a: ID!, $b: ID!) {
  undoDismissal(a: $a, b: $b) { id action }
}`;

export const unmergeMutation = `
mutation Unmerge($id: ID!) {
  unmerge(id: $id) {
    restored { __typename id ... on Person { name } ... on Organization { name } }
    survivor { __typename id ... on Person { name } ... on Organization { name } }
    audit { id action }
  }
}`;
