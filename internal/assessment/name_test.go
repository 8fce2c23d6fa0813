package assessment

import (
	"strings"
	"testing"
)

func TestDefaultName(t *testing.T) {
	t.Parallel()
	tests := []struct{ vendor, date, want string }{
		{"DingTalk", "2026-11-28", "dingtalk-2026-11-28.answers.yaml"},
		{"Microsoft Teams (E5)", "2026-11-28", "microsoft-teams-e5-2026-11-28.answers.yaml"},
		{"  Lark -- Suite  ", "2026-11-28", "lark-suite-2026-11-28.answers.yaml"},
		{"../../etc/passwd", "2026-11-28", "etc-passwd-2026-11-28.answers.yaml"},
		{`C:\Windows\con`, "2026-11-28", "c-windows-con-2026-11-28.answers.yaml"},
		{"..", "2026-11-28", "assessment-2026-11-28.answers.yaml"},
		{"釘釘", "2026-11-28", "釘釘-2026-11-28.answers.yaml"},
		{"企业微信 WeCom", "2026-11-28", "企业微信-wecom-2026-11-28.answers.yaml"},
		{"Škoda Café Straße Øresund Łódź", "2026-11-28", "skoda-cafe-strasse-oresund-lodz-2026-11-28.answers.yaml"},
		{"Cafe\u0301 Zoe\u0308", "2026-11-28", "cafe-zoe-2026-11-28.answers.yaml"}, // accents as separate marks
		{"Яндекс 360", "2026-11-28", "яндекс-360-2026-11-28.answers.yaml"},
		{"Evil\u202egpj.exe", "2026-11-28", "evil-gpj-exe-2026-11-28.answers.yaml"},
		{"", "2026-11-28", "assessment-2026-11-28.answers.yaml"},
		{"!!!", "2026-11-28", "assessment-2026-11-28.answers.yaml"},
		{"DingTalk", "", "dingtalk.answers.yaml"},
		{"DingTalk", "../x", "dingtalk.answers.yaml"},
		{"", "", "assessment.answers.yaml"},
		{strings.Repeat("word ", 20), "2026-11-28", "word-word-word-word-word-word-word-word-2026-11-28.answers.yaml"},
	}
	for _, tt := range tests {
		f := &File{Assessment: Details{Vendor: tt.vendor, Date: tt.date}}
		got := DefaultName(f)
		if got != tt.want {
			t.Errorf("DefaultName(%q, %q) = %q, want %q", tt.vendor, tt.date, got, tt.want)
		}
		if strings.ContainsAny(got, `/\`) || strings.Contains(got, "..") {
			t.Errorf("DefaultName(%q) = %q holds a path separator or ..", tt.vendor, got)
		}
	}
}
