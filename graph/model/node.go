// Package model holds the types of the GraphQL API that are not domain
// types: connections, edges, filters and inputs.
package model

// Node is any value the GraphQL Node interface resolves to: one of the
// typed views of peyvand.Node (*peyvand.Person, ...), a *peyvand.Tenure or
// a *peyvand.Position.
type Node any
