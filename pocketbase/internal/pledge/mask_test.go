package pledge

import "testing"

func TestMaskInitial(t *testing.T) {
	cases := map[string]string{
		"张": "张**", "l": "L***", "L": "L***", "é": "É***", "ж": "Ж***", "ש": "ש**",
		"e\u0301": "É***",
	}
	for in, want := range cases {
		if got, ok := maskInitial(in); !ok || got != want {
			t.Errorf("maskInitial(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "张三", "<", "1", "\u202E", "\u200B", "😀", "<script>"} {
		if got, ok := maskInitial(bad); ok {
			t.Errorf("maskInitial(%q) = %q; want a refusal", bad, got)
		}
	}
}
