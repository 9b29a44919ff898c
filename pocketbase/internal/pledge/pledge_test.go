package pledge

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"maps"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"jindu/internal/secrets"
	"jindu/internal/testkit"
	_ "jindu/migrations"
)

// pledgeServer is a test app with the pledge routes and an easy proof of work.
type pledgeServer struct {
	t       *testing.T
	app     *tests.TestApp
	handler http.Handler
}

func newPledgeServer(t *testing.T) *pledgeServer {
	t.Helper()
	app, err := tests.NewTestApp()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(app.Cleanup)
	Register(app, 2000)
	handler := testkit.Routes(t, app)
	return &pledgeServer{t: t, app: app, handler: handler}
}

func (s *pledgeServer) do(method, url string, body any) (int, map[string]any) {
	s.t.Helper()
	return testkit.Do(s.t, s.handler, method, url, nil, body)
}

// proof is a solved signature challenge, issued as if two seconds ago (a
// person takes longer to fill in the form than powMinAge).
func (s *pledgeServer) proof() string {
	s.t.Helper()
	key, err := secrets.Get(s.app, "pledge")
	if err != nil {
		s.t.Fatal(err)
	}
	return solvedProof(s.t, key, powAction)
}

// withDevice signs the body's device id as POST /devices would have, so the
// tests can name devices.
func (s *pledgeServer) withDevice(body map[string]any) map[string]any {
	s.t.Helper()
	key, err := secrets.Get(s.app, "pledge")
	if err != nil {
		s.t.Fatal(err)
	}
	if id, ok := body["device"].(string); ok && !strings.Contains(id, ".") {
		signed := maps.Clone(body)
		signed["device"] = id + "." + deviceMAC(key, id)
		return signed
	}
	return body
}

func (s *pledgeServer) count(key string) int {
	var n int
	_ = s.app.DB().NewQuery("SELECT count FROM pledge_counts WHERE key = {:key}").Bind(map[string]any{"key": key}).Row(&n)
	return n
}

func (s *pledgeServer) pledges() int {
	n, _ := s.app.CountRecords("pledges")
	return int(n)
}

// solvedProof issues a challenge as if two seconds ago and solves it.
func solvedProof(t testing.TB, key []byte, action string) string {
	t.Helper()
	c, err := newChallenge(key, action, time.Now().Add(-2*time.Second), 2000)
	if err != nil {
		t.Fatal(err)
	}
	return solve(t, c)
}

// solve finds the challenge's number as a browser would and returns the
// solution payload it would send.
func solve(t testing.TB, c Challenge) string {
	t.Helper()
	for n := 0; n <= c.MaxNumber; n++ {
		sum := sha256.Sum256([]byte(c.Salt + strconv.Itoa(n)))
		if hex.EncodeToString(sum[:]) == c.Challenge {
			payload, _ := json.Marshal(solution{Algorithm: c.Algorithm, Challenge: c.Challenge, Number: n, Salt: c.Salt, Signature: c.Signature})
			return base64.StdEncoding.EncodeToString(payload)
		}
	}
	t.Fatal("challenge has no solution")
	return ""
}

func signature(proof, key string) map[string]any {
	return map[string]any{
		"ageBand": "18plus", "initial": "张", "province": "110000", "city": "110101",
		"school": "", "device": "device-0123456789abcdef", "nameHash": hex.EncodeToString(make([]byte, 32)),
		"key": key, "proof": proof,
	}
}

func TestSignRetryAndDedupe(t *testing.T) {
	s := newPledgeServer(t)
	body := signature(s.proof(), "request-key-000000001")
	status, first := s.do(http.MethodPost, "/api/jindu/pledges", s.withDevice(body))
	if status != http.StatusCreated || first["masked"] != "张**" || first["number"] != 1.0 {
		t.Fatalf("sign: %d %v", status, first)
	}
	if s.count("total") != 1 || s.count("province:110000") != 1 || s.count("day:"+first["date"].(string)) != 1 {
		t.Fatalf("counts: total %d", s.count("total"))
	}

	status, again := s.do(http.MethodPost, "/api/jindu/pledges", s.withDevice(body))
	if status != http.StatusOK || again["code"] != first["code"] || s.pledges() != 1 || s.count("total") != 1 {
		t.Errorf("a retried submission must return the same pledge: %d %v", status, again)
	}

	sameName := signature(s.proof(), "request-key-000000002")
	status, dup := s.do(http.MethodPost, "/api/jindu/pledges", s.withDevice(sameName))
	if status != http.StatusOK || dup["existing"] != true || dup["code"] != first["code"] || s.pledges() != 1 {
		t.Errorf("the same browser and name within a day get their certificate back: %d %v", status, dup)
	}
}

func TestSignRefusesWithoutAFreshProof(t *testing.T) {
	s := newPledgeServer(t)
	used := s.proof()
	if status, _ := s.do(http.MethodPost, "/api/jindu/pledges", s.withDevice(signature(used, "request-key-000000010"))); status != http.StatusCreated {
		t.Fatalf("first use: %d", status)
	}
	other := signature(used, "request-key-000000011")
	other["device"] = "another-device-0123456"
	cases := map[string]map[string]any{
		"a spent proof":  other,
		"no proof":       signature("", "request-key-000000012"),
		"a forged proof": signature(base64.StdEncoding.EncodeToString([]byte(`{"algorithm":"SHA-256","challenge":"x","number":1,"salt":"a?action=pledge&","signature":"y"}`)), "request-key-000000013"),
	}
	for name, body := range cases {
		status, reply := s.do(http.MethodPost, "/api/jindu/pledges", s.withDevice(body))
		if status != http.StatusBadRequest || reply["code"] != "pledge_proof_invalid" {
			t.Errorf("%s: %d %v", name, status, reply)
		}
	}
	honeypot := signature(s.proof(), "request-key-000000014")
	honeypot["website"] = "http://spam.example"
	if status, reply := s.do(http.MethodPost, "/api/jindu/pledges", s.withDevice(honeypot)); status != http.StatusBadRequest || reply["code"] != "pledge_refused" {
		t.Errorf("honeypot: %d %v", status, reply)
	}
	if s.pledges() != 1 || s.count("total") != 1 {
		t.Errorf("refused signatures stored something: %d pledges", s.pledges())
	}
}

func TestUnder14StoresNothingIdentifying(t *testing.T) {
	s := newPledgeServer(t)
	body := signature(s.proof(), "request-key-000000020")
	body["ageBand"] = "under14"
	body["school"] = "第一小学"
	status, reply := s.do(http.MethodPost, "/api/jindu/pledges", s.withDevice(body))
	if status != http.StatusCreated || reply["masked"] != nil || reply["province"] != nil {
		t.Fatalf("sign: %d %v", status, reply)
	}
	record, err := s.app.FindFirstRecordByData("pledges", "code", reply["code"])
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"masked", "province", "city", "school"} {
		if record.GetString(field) != "" {
			t.Errorf("under 14, %s was stored: %q", field, record.GetString(field))
		}
	}
}

func TestBadFieldsAreRefused(t *testing.T) {
	s := newPledgeServer(t)
	cases := map[string]struct {
		field string
		value any
		code  string
	}{
		"no age band":        {"ageBand", "", "pledge_age_band_required"},
		"a script tag":       {"initial", "<script>", "pledge_name_invalid"},
		"a bidi override":    {"initial", "\u202E", "pledge_name_invalid"},
		"a zero-width space": {"initial", "\u200B", "pledge_name_invalid"},
		"a whole name":       {"initial", "张三", "pledge_name_invalid"},
		"a city elsewhere":   {"city", "310101", "pledge_region_invalid"},
		"a made-up province": {"province", "990000", "pledge_region_invalid"},
		"a too-long school":  {"school", "第一中学第一中学第一中学第一中学第一中学第一中学第一中学第一中学第一中学第一中学第一中学", "pledge_school_invalid"},
		"a hidden character": {"school", "第一\u202E中学", "pledge_school_invalid"},
	}
	for name, c := range cases {
		body := signature(s.proof(), "request-key-"+strconv.Itoa(len(name))+"00000000")
		body[c.field] = c.value
		if status, reply := s.do(http.MethodPost, "/api/jindu/pledges", s.withDevice(body)); status != http.StatusBadRequest || reply["code"] != c.code {
			t.Errorf("%s: %d %v", name, status, reply)
		}
	}
	if s.pledges() != 0 {
		t.Errorf("refused signatures stored %d pledges", s.pledges())
	}
}

func TestVerifyAndWithdraw(t *testing.T) {
	s := newPledgeServer(t)
	_, signed := s.do(http.MethodPost, "/api/jindu/pledges", s.withDevice(signature(s.proof(), "request-key-000000030")))
	code := signed["code"].(string)

	status, verified := s.do(http.MethodGet, "/api/jindu/pledges/verify?code="+code, nil)
	if status != http.StatusOK || verified["masked"] != "张**" || verified["number"] != 1.0 {
		t.Fatalf("verify: %d %v", status, verified)
	}
	if status, reply := s.do(http.MethodGet, "/api/jindu/pledges/verify?code=ABCDEFGHJK", nil); status != http.StatusNotFound || reply["code"] != "pledge_not_found" {
		t.Errorf("unknown code: %d %v", status, reply)
	}
	if status, _ := s.do(http.MethodPost, "/api/jindu/pledges/withdraw", map[string]any{"code": code, "device": "someone-elses-device-01"}); status != http.StatusNotFound {
		t.Errorf("withdrawing from another browser: %d", status)
	}
	if status, _ := s.do(http.MethodPost, "/api/jindu/pledges/withdraw", map[string]any{"code": code, "device": "device-0123456789abcdef"}); status != http.StatusOK {
		t.Fatalf("withdraw: %d", status)
	}
	if s.pledges() != 0 || s.count("total") != 0 || s.count("province:110000") != 0 || s.count("sequence") != 1 {
		t.Errorf("after withdrawal: %d pledges, total %d", s.pledges(), s.count("total"))
	}
	if status, _ := s.do(http.MethodGet, "/api/jindu/pledges/verify?code="+code, nil); status != http.StatusNotFound {
		t.Errorf("a withdrawn pledge still verifies: %d", status)
	}
	if n, _ := s.app.CountRecords("pledge_withdrawals"); n != 1 {
		t.Errorf("withdrawals logged: %d", n)
	}
}

func TestExportIsForOrganisersOnly(t *testing.T) {
	s := newPledgeServer(t)
	if status, _ := s.do(http.MethodGet, "/api/jindu/pledges/export.csv", nil); status != http.StatusUnauthorized && status != http.StatusForbidden {
		t.Errorf("a guest got the export: %d", status)
	}
	var out bytes.Buffer
	_, signed := s.do(http.MethodPost, "/api/jindu/pledges", s.withDevice(signature(s.proof(), "request-key-000000040")))
	if err := writeCounts(s.app, &out); err != nil {
		t.Fatal(err)
	}
	want := "day,province,age_band,pledges\n" + signed["date"].(string) + ",110000,18plus,1\n"
	if out.String() != want {
		t.Errorf("export:\n%s\nwant\n%s", out.String(), want)
	}
}

func TestProofExpiresAndIsBoundToItsAction(t *testing.T) {
	key := []byte("0123456789abcdef0123456789abcdef")
	issued := time.Now().Add(-2 * time.Second)
	c, _ := newChallenge(key, "pledge", issued, 1000)
	payload := solve(t, c)
	if _, err := verifyProof(key, payload, "pledge", time.Now()); err != nil {
		t.Fatalf("a fresh solution: %v", err)
	}
	if _, err := verifyProof(key, payload, "quiz", time.Now()); err == nil {
		t.Error("a solution for another action passed")
	}
	if _, err := verifyProof(key, payload, "pledge", issued.Add(powTTL+time.Minute)); err == nil {
		t.Error("an expired solution passed")
	}
	if _, err := verifyProof(key, payload, "pledge", issued.Add(time.Millisecond)); err == nil {
		t.Error("a solution used at once (no human fills a form that fast) passed")
	}
	if _, err := verifyProof([]byte("another key, another server....."), payload, "pledge", time.Now()); err == nil {
		t.Error("a solution signed by another key passed")
	}
}
