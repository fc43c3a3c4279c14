package explore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/peyvand/peyvand"
)

// Kinds of TimelineEntry.
const (
	EntryEvent       = "EVENT"
	EntryTenureStart = "TENURE_START"
	EntryTenureEnd   = "TENURE_END"
)

// TimelineEntry is one dated happening in a timeline.
type TimelineEntry struct {
	// Date is when it happened, with both its ISO Gregorian and its Solar
	// Hijri form filled in.
	Date peyvand.Date `json:"date"`
	Kind string       `json:"kind"`
	// Subjects are the IDs asked about that the entry concerns, in the order
	// they were asked.
	Subjects []string `json:"subjects"`
	// Event is set for an EVENT entry, Tenure for the others.
	Event  *peyvand.Node   `json:"event,omitempty"`
	Tenure *peyvand.Tenure `json:"tenure,omitempty"`
	// Label names the entry: the event's name, or the holder, the post and
	// the body of a tenure, joined by " · ".
	Label string `json:"label"`
}

// labelSep joins the parts of a tenure's label.
const labelSep = " · "

// Timeline returns what happened to the persons, bodies and events ids, in
// date order: the events they took part in (PARTICIPATED_IN, INVOLVED_IN),
// the events themselves, and the starts and ends of tenures (HOLDS). from
// and to (ISO YYYY-MM-DD, both optional, inclusive) bound the dates; things
// without a date cannot be placed and are left out. On one day, tenure ends
// come before starts, and starts before events.
func Timeline(ctx context.Context, st peyvand.Store, ids []string, from, to string) ([]TimelineEntry, error) {
	if err := checkISO("from", from); err != nil {
		return nil, err
	}
	if err := checkISO("to", to); err != nil {
		return nil, err
	}
	if from != "" && to != "" && from > to {
		return nil, peyvand.Errorf(peyvand.EINVALID, "from %s is after to %s", from, to)
	}
	subjects, err := lookup(ctx, st, ids, peyvand.TypePerson, peyvand.TypeOrganization, peyvand.TypeEvent)
	if err != nil {
		return nil, err
	}
	asked := make([]string, len(subjects))
	for i, n := range subjects {
		asked[i] = n.ID
	}
	es, err := st.EdgesOf(ctx, asked, peyvand.Both, peyvand.RelParticipated, peyvand.RelInvolved, peyvand.RelHolds)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	within := func(d *peyvand.Date) bool {
		return d != nil && d.ISO != "" && (from == "" || d.ISO >= from) && (to == "" || d.ISO <= to)
	}
	entries := map[string]*TimelineEntry{}
	var keys []string
	add := func(key, subject string, e TimelineEntry) {
		if have := entries[key]; have != nil {
			if !slices.Contains(have.Subjects, subject) {
				have.Subjects = append(have.Subjects, subject)
			}
			return
		}
		e.Subjects = []string{subject}
		entries[key] = &e
		keys = append(keys, key)
	}
	events := map[string][]string{} // event ID → subjects
	var eventIDs, names []string
	for _, s := range subjects {
		if s.Type == peyvand.TypeEvent {
			if !slices.Contains(events[s.ID], s.ID) {
				events[s.ID] = append(events[s.ID], s.ID)
			}
			eventIDs = append(eventIDs, s.ID)
			continue
		}
		for _, e := range es[s.ID] {
			if e.Type != peyvand.RelHolds {
				if e.From == s.ID {
					if _, ok := events[e.To]; !ok {
						eventIDs = append(eventIDs, e.To)
					}
					if !slices.Contains(events[e.To], s.ID) {
						events[e.To] = append(events[e.To], s.ID)
					}
				}
				continue
			}
			t := (*peyvand.Tenure)(e)
			if within(e.Start) {
				add(EntryTenureStart+e.ID, s.ID, TimelineEntry{Date: *e.Start, Kind: EntryTenureStart, Tenure: t})
			}
			if within(e.End) {
				add(EntryTenureEnd+e.ID, s.ID, TimelineEntry{Date: *e.End, Kind: EntryTenureEnd, Tenure: t})
			}
			names = append(names, e.From, e.To)
		}
	}
	nodes, err := st.Nodes(ctx, append(slices.Clone(eventIDs), names...))
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	name := map[string]string{}
	for i, n := range nodes {
		if n == nil {
			continue
		}
		if i < len(eventIDs) {
			if within(n.Date) {
				for _, s := range events[eventIDs[i]] {
					add(EntryEvent+n.ID, s, TimelineEntry{Date: *n.Date, Kind: EntryEvent, Event: n, Label: n.Name})
				}
			}
			continue
		}
		name[n.ID] = n.Name
	}
	out := make([]TimelineEntry, 0, len(keys))
	for _, k := range keys {
		e := entries[k]
		e.Date.SolarHijri = solarHijri(&e.Date)
		if e.Tenure != nil {
			e.Label = strings.Join(slices.DeleteFunc([]string{name[e.Tenure.From], e.Tenure.Role, name[e.Tenure.To]},
				func(s string) bool { return s == "" }), labelSep)
		}
		out = append(out, *e)
	}
	rank := map[string]int{EntryTenureEnd: 0, EntryTenureStart: 1, EntryEvent: 2}
	slices.SortStableFunc(out, func(a, b TimelineEntry) int {
		return cmp.Or(cmp.Compare(a.Date.ISO, b.Date.ISO), cmp.Compare(rank[a.Kind], rank[b.Kind]), cmp.Compare(entryID(a), entryID(b)))
	})
	return out, nil
}

func entryID(e TimelineEntry) string {
	if e.Event != nil {
		return e.Event.ID
	}
	return e.Tenure.ID
}
