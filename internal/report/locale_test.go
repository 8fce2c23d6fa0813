package report

import "testing"

// TestLocale writes numbers and counts in each language of the documents.
func TestLocale(t *testing.T) {
	t.Parallel()
	en, pt, zh := newLocale("en"), newLocale("pt"), newLocale("zh-Hant")
	stated := counted{one: "%d declarada", many: "%d declaradas"}
	tests := []struct{ got, want string }{
		{en.score(58.75), "58.8"},
		{pt.score(58.75), "58,8"},
		{zh.score(58.75), "58.8"},
		{pt.score(100), "100,0"},
		{pt.score(-0.01), "0,0"},
		{en.num(1527.555), "1527.56"},
		{pt.num(1527.555), "1527,56"},
		{pt.num(0.5), "0,5"},
		{en.num(3), "3"},
		{pt.percent(0.9423), "94,2%"},
		{pt.count(stated, 1), "1 declarada"},
		{pt.count(stated, 0), "0 declaradas"},
		{pt.count(stated, 32), "32 declaradas"},
		{newLocale("pt-MO").count(stated, 1), "1 declarada"},
		{en.count(counted{"%d answer", "%d answers"}, 1), "1 answer"},
		{en.count(counted{"%d answer", "%d answers"}, 2), "2 answers"},
		{zh.count(counted{"%d 個", "%d 個"}, 1), "1 個"},
		{Count("pt-MO", "%d declarada", "%d declaradas", 1), "1 declarada"},
		{Count("pt", "%d declarada", "%d declaradas", 0), "0 declaradas"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}
