package pledge

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"jindu/internal/secrets"
	"jindu/internal/testkit"
)

func TestSignScenarios(t *testing.T) {
	const good = `{"ageBand":"18plus","initial":"张","province":"110000","city":"","school":"","nameHash":"",` +
		`"device":"{device}","key":"request-key-00000001","proof":"{proof}","website":""}`
	scenarios := []tests.ApiScenario{
		{Name: "malformed JSON", Body: strings.NewReader(`{"ageBand":`),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"invalid_body"`}},
		{Name: "a field nobody reads", Body: strings.NewReader(strings.Replace(good, `"website":""`, `"website":"","name":"张三"`, 1)),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"invalid_body"`}},
		{Name: "a device id the server never signed", Body: strings.NewReader(strings.Replace(good, "{device}", "made-up-device-0123456789", 1)),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"pledge_device_invalid"`}},
		{Name: "the honeypot filled in", Body: strings.NewReader(strings.Replace(good, `"website":""`, `"website":"http://spam"`, 1)),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"pledge_refused"`}},
		{Name: "no proof of work", Body: strings.NewReader(strings.Replace(good, "{proof}", "", 1)),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"pledge_proof_invalid"`}},
		{Name: "a device's proof for a signature", Body: strings.NewReader(strings.Replace(good, "{proof}", "{device-proof}", 1)),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"pledge_proof_invalid"`}},
		{Name: "a region not on the list", Body: strings.NewReader(strings.Replace(good, `"110000"`, `"999999"`, 1)),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"pledge_region_invalid"`}},
		{Name: "a signature: the certificate, a masked name only", Body: strings.NewReader(good),
			ExpectedStatus: 201, ExpectedContent: []string{`"masked":"张**"`, `"number":1`, `"code":"`},
			NotExpectedContent: []string{`device`, `nameHash`, `request-key`}},
	}
	testkit.RunFilled(t, http.MethodPost, "/api/jindu/pledges", scenarios, func(t testing.TB) (*tests.TestApp, *strings.Replacer) {
		app, err := tests.NewTestApp()
		if err != nil {
			t.Fatal(err)
		}
		Register(app, 2000)
		key, err := secrets.Get(app, "pledge")
		if err != nil {
			t.Fatal(err)
		}
		id := "scenario-device-0123456789"
		return app, strings.NewReplacer(
			"{device-proof}", solvedProof(t, key, deviceAction),
			"{proof}", solvedProof(t, key, powAction),
			"{device}", id+"."+deviceMAC(key, id),
		)
	})
}
