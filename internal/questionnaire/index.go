package questionnaire

import "slices"

// index builds the private lookups of a decoded questionnaire: questions by id, references by
// id, and the order of questions (profile first, then each section's). The first question with
// an id wins, so that a file with a duplicate still indexes.
func (qn *Questionnaire) index() {
	qn.byID = make(map[string]*Question)
	qn.order = make(map[string]int)
	for i, q := range qn.Questions() {
		if _, dup := qn.byID[q.ID]; dup {
			continue
		}
		qn.byID[q.ID] = q
		qn.order[q.ID] = i
	}
	qn.refs = make(map[string]*Reference, len(qn.References))
	for i := range qn.References {
		r := &qn.References[i]
		if _, dup := qn.refs[r.ID]; !dup {
			qn.refs[r.ID] = r
		}
	}
}

// sortRatings sorts rating bands by Min, highest first.
func sortRatings(rs []Rating) {
	slices.SortStableFunc(rs, func(a, b Rating) int {
		switch {
		case a.Min > b.Min:
			return -1
		case a.Min < b.Min:
			return 1
		}
		return 0
	})
}
