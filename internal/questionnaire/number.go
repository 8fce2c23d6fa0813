package questionnaire

import "strconv"

// Numbers returns the number every document and the interview show for each question, by id:
// P1, P2… in the profile, and 1.1, 1.2… 2.1… in the sections (section, then question, counting
// every question of the section, asked or not, so that a number never changes with the answers).
// Ids are for tools; people read and quote these numbers.
func (qn *Questionnaire) Numbers() map[string]string {
	n := make(map[string]string, len(qn.Profile)+8*len(qn.Sections))
	for i, q := range qn.Profile {
		n[q.ID] = "P" + strconv.Itoa(i+1)
	}
	for si, s := range qn.Sections {
		prefix := strconv.Itoa(si+1) + "."
		for qi, q := range s.Questions {
			n[q.ID] = prefix + strconv.Itoa(qi+1)
		}
	}
	return n
}

// Number returns the number of one question of the questionnaire (see Numbers), or "" when the
// question is not one of its own. It looks the question up rather than building every number.
func (qn *Questionnaire) Number(q *Question) string {
	if q == nil {
		return ""
	}
	if q.IsProfile() {
		for i, p := range qn.Profile {
			if p == q {
				return "P" + strconv.Itoa(i+1)
			}
		}
		return ""
	}
	for si, s := range qn.Sections {
		if s != q.Section {
			continue
		}
		for qi, x := range s.Questions {
			if x == q {
				return strconv.Itoa(si+1) + "." + strconv.Itoa(qi+1)
			}
		}
	}
	return ""
}
