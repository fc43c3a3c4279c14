// Package peyvand holds the domain of the Peyvand knowledge graph: the persons,
// bodies, events, projects, places and sources read from Persian news, the
// relationships between them, the evidence behind every fact, and the Store
// interface every storage backend implements.
//
// The package imports nothing else of the project.
package peyvand

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// EntityType names the kind of a node in the graph.
type EntityType string

// The entity types of the graph.
const (
	TypePerson       EntityType = "PERSON"
	TypeOrganization EntityType = "ORGANIZATION"
	TypeEvent        EntityType = "EVENT"
	TypeProject      EntityType = "PROJECT"
	TypePlace        EntityType = "PLACE"
	TypeSource       EntityType = "SOURCE"
)

// EntityTypes lists every node type, in the order the API documents them.
var EntityTypes = []EntityType{TypePerson, TypeOrganization, TypeEvent, TypeProject, TypePlace, TypeSource}

// idPrefixes maps each node type to the prefix of its IDs, so that an ID
// alone tells its type (Relay's node(id) needs that).
var idPrefixes = map[EntityType]string{
	TypePerson:       "per_",
	TypeOrganization: "org_",
	TypeEvent:        "evt_",
	TypeProject:      "prj_",
	TypePlace:        "plc_",
	TypeSource:       "src_",
}

// Prefixes of relationship IDs; a tenure is a HOLDS relationship.
const (
	edgePrefix     = "rel_"
	tenurePrefix   = "ten_"
	positionPrefix = "pos_"
)

// NewID returns the stable ID of a node of type t known by key. The same key
// always gives the same ID, so re-ingesting a document finds the nodes it
// made before.
func NewID(t EntityType, key string) string {
	return idPrefixes[t] + hash(string(t), key)
}

// EdgeID returns the stable ID of the relationship of type rt from one node
// to another, distinguished by role (a post title or a participant's part).
func EdgeID(rt RelType, from, to, role string) string {
	p := edgePrefix
	if rt == RelHolds {
		p = tenurePrefix
	}
	return p + hash(string(rt), from, to, role)
}

// PositionID returns the ID of the post titled role in organization org:
// pos_, the organization's ID without its prefix, and a hash of the post,
// so that the ID alone leads back to the organization (see
// PositionOrganization).
func PositionID(org, role string) string {
	return positionPrefix + strings.TrimPrefix(org, idPrefixes[TypeOrganization]) + "_" + hash(org, role)
}

// PositionOrganization returns the ID of the organization whose post the
// position ID names, or "" when id is not a position ID.
func PositionOrganization(id string) string {
	rest, ok := strings.CutPrefix(id, positionPrefix)
	if !ok {
		return ""
	}
	i := strings.LastIndexByte(rest, '_')
	if i <= 0 {
		return ""
	}
	return idPrefixes[TypeOrganization] + rest[:i]
}

func hash(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(h[:8])
}

// TypeOfID returns the entity type an ID belongs to, or "" if the ID is not
// a node ID.
func TypeOfID(id string) EntityType {
	for t, p := range idPrefixes {
		if strings.HasPrefix(id, p) {
			return t
		}
	}
	return ""
}

// IsEdgeID reports whether id names a relationship (a tenure included).
func IsEdgeID(id string) bool {
	return strings.HasPrefix(id, edgePrefix) || strings.HasPrefix(id, tenurePrefix)
}

// IsTenureID reports whether id names a tenure (a HOLDS edge).
func IsTenureID(id string) bool { return strings.HasPrefix(id, tenurePrefix) }

// IsPositionID reports whether id names a position.
func IsPositionID(id string) bool { return strings.HasPrefix(id, positionPrefix) }

// Precision says how much of a date is known.
type Precision string

// Date precisions.
const (
	PrecisionDay    Precision = "DAY"
	PrecisionMonth  Precision = "MONTH"
	PrecisionYear   Precision = "YEAR"
	PrecisionPeriod Precision = "PERIOD" // a named period such as دهه فجر
)

// Date is a date as a report gives it: ISO Gregorian for sorting and
// filtering, the Solar Hijri equivalent, and the original text.
type Date struct {
	// ISO is the Gregorian date, YYYY-MM-DD (for month or year precision the
	// first day of the month or year).
	ISO string `json:"iso"`
	// SolarHijri is the same day as YYYY-MM-DD in the Solar Hijri calendar.
	SolarHijri string `json:"solarHijri,omitempty"`
	// Original is the text the date was read from, as written.
	Original  string    `json:"original,omitempty"`
	Precision Precision `json:"precision,omitempty"`
}

// Evidence ties a fact to the sentence of a source that states it.
type Evidence struct {
	SourceID string `json:"sourceId"`
	// Quote is the sentence, as it stands in the source text.
	Quote string `json:"quote"`
	// Start and End are offsets in characters (runes) into the source's Text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Node is any entity of the graph. The fields used depend on Type; the typed
// views (Person, Organization, ...) share its layout.
type Node struct {
	ID      string     `json:"id"`
	Type    EntityType `json:"type"`
	Name    string     `json:"name"`
	Aliases []string   `json:"aliases,omitempty"`
	// Titles are a person's honorifics and ranks, kept apart from the name.
	Titles []string `json:"titles,omitempty"`
	// Kind is a body's head noun (سازمان، کانون، شرکت), an event's type
	// (see EventTypes), a project's kind (طرح، پروژه) or a place's kind
	// (PROVINCE, CITY).
	Kind string `json:"kind,omitempty"`
	// Date is an event's date or a source's publication date.
	Date *Date `json:"date,omitempty"`
	// Figures are the numbers a report cites for a project, as written.
	Figures []string `json:"figures,omitempty"`
	// URL and Text belong to sources: where the document came from and its
	// full text, which evidence offsets index.
	URL  string `json:"url,omitempty"`
	Text string `json:"text,omitempty"`
	// File is a source's file name, when it came from one.
	File     string     `json:"file,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
	// MergedInto is set on a node that curation merged into another; its ID
	// keeps resolving to the survivor.
	MergedInto string    `json:"mergedInto,omitempty"`
	Updated    time.Time `json:"updated"`
}

// Typed views of Node. They share Node's layout, so a *Node converts to any
// of them for free; distinct Go types let the API tell them apart.
type (
	Person       Node
	Organization Node
	Event        Node
	Project      Node
	Place        Node
	Source       Node
)

// Event types.
const (
	EventMeeting    = "meeting"
	EventCeremony   = "ceremony"
	EventVisit      = "visit"
	EventWorkshop   = "workshop"
	EventInspection = "inspection"
	EventExhibition = "exhibition"
	EventOpening    = "opening"
	EventStatement  = "statement"
	EventOther      = "other"
)

// EventTypes lists the event types the graph knows.
var EventTypes = []string{EventMeeting, EventCeremony, EventVisit, EventWorkshop, EventInspection,
	EventExhibition, EventOpening, EventStatement, EventOther}

// Place kinds.
const (
	PlaceProvince = "PROVINCE"
	PlaceCity     = "CITY"
)

// RelType names a kind of relationship.
type RelType string

// The relationship types of the graph, each from → to.
const (
	// RelHolds: person → organization, a tenure of a post (Edge.Role).
	RelHolds RelType = "HOLDS"
	// RelPartOf: organization → its parent body (a branch under its head office).
	RelPartOf RelType = "PART_OF"
	// RelParticipated: person → event, with the part (Edge.Role: CHAIR, SPEAKER, ATTENDEE).
	RelParticipated RelType = "PARTICIPATED_IN"
	// RelInvolved: organization → event it organized or took part in.
	RelInvolved RelType = "INVOLVED_IN"
	// RelRuns: organization → project it runs.
	RelRuns RelType = "RUNS"
	// RelLocatedIn: organization, event, project or city → place.
	RelLocatedIn RelType = "LOCATED_IN"
	// RelSucceeded: incoming person → outgoing person in a post (Edge.Role, Edge.OrganizationID).
	RelSucceeded RelType = "SUCCEEDED"
)

// RelTypes lists every relationship type.
var RelTypes = []RelType{RelHolds, RelPartOf, RelParticipated, RelInvolved, RelRuns, RelLocatedIn, RelSucceeded}

// Participant parts.
const (
	PartChair    = "CHAIR"
	PartSpeaker  = "SPEAKER"
	PartAttendee = "ATTENDEE"
)

// Parts lists the parts a participant can have in an event.
var Parts = []string{PartChair, PartSpeaker, PartAttendee}

// How a tenure began.
const (
	BeganAppointment = "APPOINTMENT" // appointed (منصوب)
	BeganHandover    = "HANDOVER"    // introduced at a handover ceremony (تودیع و معارفه)
	BeganDecree      = "DECREE"      // by decree (حکم)
	BeganStated      = "STATED"      // the report only states the person holds the post
)

// BeganValues lists the ways a tenure can begin.
var BeganValues = []string{BeganAppointment, BeganHandover, BeganDecree, BeganStated}

// Edge is a relationship between two nodes. A HOLDS edge is a tenure.
type Edge struct {
	ID   string  `json:"id"`
	Type RelType `json:"type"`
	From string  `json:"from"`
	To   string  `json:"to"`
	// Role is a tenure's post title (مدیر، مسئول) or a participant's part.
	Role string `json:"role,omitempty"`
	// Start and End bound a tenure, when known.
	Start *Date `json:"start,omitempty"`
	End   *Date `json:"end,omitempty"`
	// Began says how a tenure began (BeganAppointment, ...).
	Began string `json:"began,omitempty"`
	// PredecessorID is the person who held the post before this tenure, and
	// SuccessorID the one after, when a report names them.
	PredecessorID string `json:"predecessorId,omitempty"`
	SuccessorID   string `json:"successorId,omitempty"`
	// OrganizationID is the body of the post on a SUCCEEDED edge.
	OrganizationID string     `json:"organizationId,omitempty"`
	Evidence       []Evidence `json:"evidence,omitempty"`
	Updated        time.Time  `json:"updated"`
}

// Tenure is a person's time in a post: a HOLDS edge from the person to the body.
type Tenure Edge

// Position is a post (a role title) in an organization. Positions are not
// stored: they are the distinct roles of an organization's tenures.
type Position struct {
	ID             string `json:"id"`
	OrganizationID string `json:"organizationId"`
	Role           string `json:"role"`
}
