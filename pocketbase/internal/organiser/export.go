package organiser

import (
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"
	"github.com/xuri/excelize/v2"

	"jindu/internal/problem"
)

// handleExport sends one table (?table=<id>) as CSV, or every table as an
// XLSX workbook with a sheet each (?format=xlsx), for the organiser's scope
// and period: the same figures, with the same suppression, as the page.
func handleExport(e *core.RequestEvent) error {
	scope, period, tables, err := scopedTables(e)
	if err != nil {
		return err
	}
	format, id := e.Request.URL.Query().Get("format"), e.Request.URL.Query().Get("table")
	if format == "xlsx" || id == "question_health" {
		health, err := questionHealth(e.App, scope, period)
		if err != nil {
			return err
		}
		tables = append(tables, health)
	}
	name := fmt.Sprintf("jindu-%s-%s", period.From, period.To)
	if format == "xlsx" {
		e.Response.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		e.Response.Header().Set("Content-Disposition", `attachment; filename="`+name+`.xlsx"`)
		e.Response.WriteHeader(http.StatusOK)
		return writeWorkbook(e.Response, tables)
	}
	for _, t := range tables {
		if t.ID == id {
			e.Response.Header().Set("Content-Type", "text/csv; charset=utf-8")
			e.Response.Header().Set("Content-Disposition", `attachment; filename="`+name+"-"+id+`.csv"`)
			e.Response.WriteHeader(http.StatusOK)
			// a byte-order mark, so spreadsheet programs read the Chinese as UTF-8
			_, _ = e.Response.Write([]byte("\uFEFF"))
			out := csv.NewWriter(e.Response)
			_ = out.Write(t.Columns)
			for _, row := range t.Rows {
				_ = out.Write(cellTexts(row))
			}
			out.Flush()
			return out.Error()
		}
	}
	return problem.NotFound("table_not_found", "There is no such table.")
}

// cellTexts writes a row's cells as CSV text.
func cellTexts(row []any) []string {
	texts := make([]string, len(row))
	for i, cell := range row {
		switch v := cell.(type) {
		case nil:
			texts[i] = ""
		case string:
			texts[i] = v
		case int:
			texts[i] = strconv.Itoa(v)
		case float64:
			texts[i] = strconv.FormatFloat(v, 'f', -1, 64)
		case bool:
			texts[i] = strconv.FormatBool(v)
		default:
			texts[i] = fmt.Sprint(v)
		}
	}
	return texts
}

// writeWorkbook writes the tables as an XLSX workbook, one sheet each,
// through excelize's stream writer (rows go straight to the sheet's XML,
// with no cell-by-cell model of the workbook in memory).
func writeWorkbook(out io.Writer, tables []Table) error {
	book := excelize.NewFile()
	defer book.Close()
	for i, t := range tables {
		if i == 0 {
			if err := book.SetSheetName("Sheet1", t.ID); err != nil {
				return err
			}
		} else if _, err := book.NewSheet(t.ID); err != nil {
			return err
		}
		sheet, err := book.NewStreamWriter(t.ID)
		if err != nil {
			return err
		}
		header := make([]any, len(t.Columns))
		for j, c := range t.Columns {
			header[j] = c
		}
		if err := sheet.SetRow("A1", header); err != nil {
			return err
		}
		for r, row := range t.Rows {
			if err := sheet.SetRow("A"+strconv.Itoa(r+2), row); err != nil {
				return err
			}
		}
		if err := sheet.Flush(); err != nil {
			return err
		}
	}
	return book.Write(out)
}
