package extract

import (
	"strings"
	"testing"
)

// r5aAppointmentCases: predecessors and posts named in the phrasings of
// round 5's made-up reports (invented names and bodies).
var r5aAppointmentCases = []appointmentCase{
	{"the post told before «جایگزین»", "با حکم فرماندار، کیوان شب‌افروز به عنوان بخشدار کوهپایه جایگزین نادر تابنده شد.",
		[]string{"کیوان شب‌افروز|بخشدار|بخشداری کوهپایه|نادر تابنده"}},
	{"«X جای Y را می‌گیرد»", "با حکم رئیس سازمان، مهتاب زرین‌دشت به سمت مدیرکل اداره کل بهزیستی استان سمنان منصوب شد. وی جای فرامرز کیانی‌پور را می‌گیرد.",
		[]string{"مهتاب زرین‌دشت|مدیرکل|اداره کل بهزیستی استان سمنان|فرامرز کیانی‌پور"}},
	{"«X جای Y را گرفت»", "با حکم رئیس سازمان، مهتاب زرین‌دشت به سمت مدیرکل اداره کل بهزیستی استان سمنان منصوب شد و جای فرامرز کیانی‌پور را گرفت.",
		[]string{"مهتاب زرین‌دشت|مدیرکل|اداره کل بهزیستی استان سمنان|فرامرز کیانی‌پور"}},
}

// A post from now on, past a relative clause about its holder.
var r5aFromNowCases = []appointmentCase{
	{"«X، که ...، از این پس ROLE BODY خواهد بود»", "کیوان شب‌افروز که در دو سال گذشته این اداره را اداره می‌کرد، از این پس معاون توسعه مدیریت استانداری سمنان خواهد بود.",
		[]string{"کیوان شب‌افروز|معاون توسعه مدیریت|استانداری سمنان|"}},
	{"a post held before is none", "کیوان شب‌افروز پیش از این معاون توسعه مدیریت استانداری سمنان بود.", nil},
}

// The outgoing holder's move to a new post: «Y که به دبیرکلی BODY رفته است».
var r5aWentCases = []appointmentCase{
	{"«X جای Y را می‌گیرد که به ... رفته است»", "با حکم وزیر، مهتاب زرین‌دشت به سمت مدیرکل اداره کل بهزیستی استان سمنان منصوب شد. وی جای فرامرز کیانی‌پور را می‌گیرد که به ریاست سازمان بهزیستی کشور رفته است.",
		[]string{"مهتاب زرین‌دشت|مدیرکل|اداره کل بهزیستی استان سمنان|فرامرز کیانی‌پور", "فرامرز کیانی‌پور|رئیس|سازمان بهزیستی کشور|"}},
	{"a trip is no post", "فرامرز کیانی‌پور برای دیدار با مدیران به سازمان بهزیستی کشور رفت.", nil},
}

func TestR5aWentToPost(t *testing.T) { checkAppointmentCases(t, r5aWentCases) }

func TestR5aFromNowPost(t *testing.T) { checkAppointmentCases(t, r5aFromNowCases) }

func TestR5aAppointmentClauses(t *testing.T) { checkAppointmentCases(t, r5aAppointmentCases) }

// A colon that ends a PR office's dateline heads no list of decrees: the
// issuer named after it is not appointed.
var r5aListCases = []appointmentCase{
	{"the colon of a dateline", "نطنز - روابط عمومی فرمانداری نطنز: کیوان شب‌افروز، فرماندار نطنز، طی احکامی جداگانه بخشداران مرکزی و امامزاده را منصوب کرد.", nil},
	{"a decree list after its header", "احکام مدیران جدید صادر شد: کیوان شب‌افروز بخشدار کوهپایه و نادر تابنده بخشدار رودخانه.",
		[]string{"کیوان شب‌افروز|بخشدار|بخشداری کوهپایه|", "نادر تابنده|بخشدار|بخشداری رودخانه|"}},
}

func TestR5aDecreeListHeader(t *testing.T) { checkAppointmentCases(t, r5aListCases) }

// A verb of election closes the body's name: «به ریاست سازمان برگزیدند».
func TestR5aElectionVerbEndsBody(t *testing.T) {
	doc, err := File("t.txt", []byte("اعضای هیئت‌مدیره کانون وکلای دادگستری استان سمنان مهندس کیوان شب‌افروز را به ریاست کانون برگزیدند."))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range doc.Organizations {
		if strings.Contains(o.Name, "برگزیدند") {
			t.Errorf("body %q takes the verb", o.Name)
		}
	}
}
