package migrations

import "github.com/pocketbase/pocketbase/core"

// The field shapes the collections repeat most, so that a field list reads as
// names and sizes. The fields are exactly those the literals would build.

// text is an optional text field of at most max characters.
func text(name string, max int) *core.TextField {
	return &core.TextField{Name: name, Max: max}
}

// requiredText is a text field that may not be empty, of at most max characters.
func requiredText(name string, max int) *core.TextField {
	return &core.TextField{Name: name, Required: true, Max: max}
}

// integer is an optional whole-number field.
func integer(name string) *core.NumberField {
	return &core.NumberField{Name: name, OnlyInt: true}
}

// created is the record's creation time, set once when it is created.
func created() *core.AutodateField {
	return &core.AutodateField{Name: "created", OnCreate: true}
}

// requiredInteger is a whole-number field that may not be zero.
func requiredInteger(name string) *core.NumberField {
	return &core.NumberField{Name: name, Required: true, OnlyInt: true}
}

// ownedBy is the required link to the one record (by collection id) that owns
// this one: deleting the owner deletes this record with it.
func ownedBy(name, collectionID string) *core.RelationField {
	return &core.RelationField{Name: name, Required: true, CollectionId: collectionID, MaxSelect: 1, CascadeDelete: true}
}
