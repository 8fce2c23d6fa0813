package report

import (
	"fmt"

	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// accepted writes a table of the risks accepted in either assessment: who accepted each and
// until when, before and after, and what changed (newly accepted, no longer accepted, extended,
// shortened), flagging acceptances that ran out before the later assessment. Nothing is written
// when neither assessment accepts a risk.
func (df *diff) accepted(d *doc) {
	e, l := df.earlier.Accepted, df.later.Accepted
	if len(e) == 0 && len(l) == 0 {
		return
	}
	msg := df.msg
	var ids []string
	seen := map[string]bool{}
	for _, list := range [][]scoring.AcceptedRisk{l, e} {
		for _, a := range list {
			if !seen[a.Finding] {
				seen[a.Finding] = true
				ids = append(ids, a.Finding)
			}
		}
	}
	rows := make([][]string, 0, len(ids))
	for _, id := range ids {
		ea, la := acceptanceOf(e, id), acceptanceOf(l, id)
		change := msg.acc.acceptanceChange(ea, la)
		if la != nil && la.Expired {
			change += msg.listSep + msg.acc.ranOn
		}
		rows = append(rows, []string{Cell(orDash(id)), msg.acc.acceptanceCell(ea), msg.acc.acceptanceCell(la), change})
	}
	d.heading(2, msg.acc.heading)
	d.table([]string{msg.acc.colFinding, msg.earlier, msg.later, msg.change}, rows)
}

// acceptanceOf returns the accepted risk for the finding id, or nil.
func acceptanceOf(list []scoring.AcceptedRisk, id string) *scoring.AcceptedRisk {
	for i := range list {
		if list[i].Finding == id {
			return &list[i]
		}
	}
	return nil
}

// acceptanceCell shows who accepted a risk and until when, flagged when it ran out before its
// assessment; a dash when there is no acceptance.
func (m *acceptedMessages) acceptanceCell(a *scoring.AcceptedRisk) string {
	switch {
	case a == nil:
		return "—"
	case a.Expired:
		return fmt.Sprintf(m.cellExpired, Cell(a.By), Cell(a.Until))
	}
	return fmt.Sprintf(m.cell, Cell(a.By), Cell(a.Until))
}

// acceptanceChange says how an acceptance changed from the earlier assessment to the later one.
func (m *acceptedMessages) acceptanceChange(e, l *scoring.AcceptedRisk) string {
	switch {
	case e == nil:
		return m.isNew
	case l == nil:
		return m.removed
	case l.Until > e.Until:
		return m.extended
	case l.Until < e.Until:
		return m.shortened
	case l.By != e.By || l.On != e.On || l.Reason != e.Reason:
		return m.changed
	}
	return m.same
}
