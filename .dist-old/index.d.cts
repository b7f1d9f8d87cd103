import { z } from 'zod';

interface Span$1 {
    start: number;
    end: number;
}
interface Doc {
    /** The original input, never changed. */
    readonly input: string;
    /** NFC, lookalikes replaced, invisible characters removed. */
    readonly norm: string;
    /** Folded key of norm, same length (lower case, y→i, canonical tone placement). */
    readonly key: string;
    /** The norm index of an original position: the last unit that starts at or before it. */
    normAt(pos: number): number;
    /** Original span of a norm range. */
    span(start: number, end: number): Span$1;
    /** Original text of a norm range. */
    text(start: number, end: number): string;
}

/**
 * The Zod schemas: the single source of baocao's public types (`z.infer`).
 * Published as JSON Schema in the package (dist/report.schema.json, dist/facts.schema.json).
 */

/** UTF-16, end-exclusive, into the ORIGINAL input: `input.slice(start, end) === text`. */
declare const Span: z.ZodObject<{
    start: z.ZodNumber;
    end: z.ZodNumber;
}, z.core.$strip>;
type Span = z.infer<typeof Span>;
declare const Category: z.ZodEnum<{
    task: "task";
    publication: "publication";
    training: "training";
    personnel: "personnel";
    organization: "organization";
    award: "award";
    event: "event";
    other: "other";
}>;
type Category = z.infer<typeof Category>;
declare const FigureKind: z.ZodEnum<{
    count: "count";
    money: "money";
    percent: "percent";
    measure: "measure";
}>;
type FigureKind = z.infer<typeof FigureKind>;
declare const Relation: z.ZodEnum<{
    còn: "còn";
    đạt: "đạt";
    "ho\u00E0n th\u00E0nh": "hoàn thành";
    tăng: "tăng";
    giảm: "giảm";
    vượt: "vượt";
    bằng: "bằng";
    chiếm: "chiếm";
    "kh\u00F4ng \u0111\u1EA1t": "không đạt";
}>;
type Relation = z.infer<typeof Relation>;
declare const Comparison: z.ZodObject<{
    relation: z.ZodOptional<z.ZodEnum<{
        còn: "còn";
        đạt: "đạt";
        "ho\u00E0n th\u00E0nh": "hoàn thành";
        tăng: "tăng";
        giảm: "giảm";
        vượt: "vượt";
        bằng: "bằng";
        chiếm: "chiếm";
        "kh\u00F4ng \u0111\u1EA1t": "không đạt";
    }>>;
    basis: z.ZodOptional<z.ZodString>;
    basisFigure: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
type Comparison = z.infer<typeof Comparison>;
declare const Figure: z.ZodObject<{
    span: z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
    }, z.core.$strip>;
    text: z.ZodString;
    rule: z.ZodString;
    id: z.ZodString;
    kind: z.ZodEnum<{
        count: "count";
        money: "money";
        percent: "percent";
        measure: "measure";
    }>;
    value: z.ZodNumber;
    currency: z.ZodOptional<z.ZodString>;
    unit: z.ZodOptional<z.ZodString>;
    category: z.ZodOptional<z.ZodEnum<{
        task: "task";
        publication: "publication";
        training: "training";
        personnel: "personnel";
        organization: "organization";
        award: "award";
        event: "event";
        other: "other";
    }>>;
    of: z.ZodOptional<z.ZodNumber>;
    approx: z.ZodOptional<z.ZodBoolean>;
    bound: z.ZodOptional<z.ZodEnum<{
        about: "about";
        lower: "lower";
        upper: "upper";
    }>>;
    range: z.ZodOptional<z.ZodObject<{
        from: z.ZodNumber;
        to: z.ZodNumber;
    }, z.core.$strip>>;
    noun: z.ZodOptional<z.ZodString>;
    per: z.ZodOptional<z.ZodArray<z.ZodString>>;
    estimated: z.ZodOptional<z.ZodBoolean>;
    subject: z.ZodOptional<z.ZodString>;
    comparison: z.ZodOptional<z.ZodObject<{
        relation: z.ZodOptional<z.ZodEnum<{
            còn: "còn";
            đạt: "đạt";
            "ho\u00E0n th\u00E0nh": "hoàn thành";
            tăng: "tăng";
            giảm: "giảm";
            vượt: "vượt";
            bằng: "bằng";
            chiếm: "chiếm";
            "kh\u00F4ng \u0111\u1EA1t": "không đạt";
        }>>;
        basis: z.ZodOptional<z.ZodString>;
        basisFigure: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    refersTo: z.ZodOptional<z.ZodString>;
    parent: z.ZodOptional<z.ZodString>;
    children: z.ZodOptional<z.ZodArray<z.ZodString>>;
    breakdown: z.ZodOptional<z.ZodEnum<{
        exhaustive: "exhaustive";
        partial: "partial";
    }>>;
    ambiguous: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>;
type Figure = z.infer<typeof Figure>;
declare const Position: z.ZodObject<{
    span: z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
    }, z.core.$strip>;
    text: z.ZodString;
    rule: z.ZodString;
    title: z.ZodString;
    org: z.ZodNullable<z.ZodString>;
    modifiers: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strip>;
type Position = z.infer<typeof Position>;
declare const Mention: z.ZodObject<{
    span: z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
    }, z.core.$strip>;
    text: z.ZodString;
    rule: z.ZodString;
}, z.core.$strip>;
type Mention = z.infer<typeof Mention>;
declare const EventRole: z.ZodEnum<{
    "ph\u00E1t bi\u1EC3u": "phát biểu";
    "ch\u1EE7 tr\u00EC": "chủ trì";
    "tham d\u1EF1": "tham dự";
    "b\u00E1o c\u00E1o": "báo cáo";
    "tr\u00ECnh b\u00E0y": "trình bày";
    "ch\u1EC9 \u0111\u1EA1o": "chỉ đạo";
    "t\u00E1c gi\u1EA3": "tác giả";
}>;
declare const Person: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    honorifics: z.ZodArray<z.ZodString>;
    positions: z.ZodArray<z.ZodObject<{
        span: z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
        }, z.core.$strip>;
        text: z.ZodString;
        rule: z.ZodString;
        title: z.ZodString;
        org: z.ZodNullable<z.ZodString>;
        modifiers: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strip>>;
    roles: z.ZodArray<z.ZodEnum<{
        "ph\u00E1t bi\u1EC3u": "phát biểu";
        "ch\u1EE7 tr\u00EC": "chủ trì";
        "tham d\u1EF1": "tham dự";
        "b\u00E1o c\u00E1o": "báo cáo";
        "tr\u00ECnh b\u00E0y": "trình bày";
        "ch\u1EC9 \u0111\u1EA1o": "chỉ đạo";
        "t\u00E1c gi\u1EA3": "tác giả";
    }>>;
    mentions: z.ZodArray<z.ZodObject<{
        span: z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
        }, z.core.$strip>;
        text: z.ZodString;
        rule: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
type Person = z.infer<typeof Person>;
declare const Organization: z.ZodObject<{
    span: z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
    }, z.core.$strip>;
    text: z.ZodString;
    rule: z.ZodString;
    id: z.ZodString;
    name: z.ZodString;
    head: z.ZodString;
}, z.core.$strip>;
type Organization = z.infer<typeof Organization>;
declare const DateValue: z.ZodObject<{
    span: z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
    }, z.core.$strip>;
    text: z.ZodString;
    rule: z.ZodString;
    value: z.ZodString;
    precision: z.ZodEnum<{
        day: "day";
        month: "month";
        quarter: "quarter";
        year: "year";
    }>;
    yearInferred: z.ZodOptional<z.ZodBoolean>;
    invalid: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>;
type DateValue = z.infer<typeof DateValue>;
declare const Severity: z.ZodEnum<{
    error: "error";
    warning: "warning";
    info: "info";
}>;
declare const Finding: z.ZodObject<{
    rule: z.ZodString;
    severity: z.ZodEnum<{
        error: "error";
        warning: "warning";
        info: "info";
    }>;
    message: z.ZodObject<{
        vi: z.ZodString;
        en: z.ZodString;
    }, z.core.$strip>;
    spans: z.ZodArray<z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
    }, z.core.$strip>>;
    figures: z.ZodOptional<z.ZodArray<z.ZodString>>;
    expected: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    found: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
}, z.core.$strip>;
type Finding = z.infer<typeof Finding>;
declare const Warning: z.ZodObject<{
    code: z.ZodString;
    message: z.ZodString;
    span: z.ZodOptional<z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
type Warning = z.infer<typeof Warning>;
declare const Convention: z.ZodEnum<{
    unknown: "unknown";
    vi: "vi";
    en: "en";
}>;
declare const Event: z.ZodObject<{
    kind: z.ZodOptional<z.ZodString>;
    title: z.ZodOptional<z.ZodString>;
    date: z.ZodNullable<z.ZodString>;
    dateEvidence: z.ZodOptional<z.ZodObject<{
        span: z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
        }, z.core.$strip>;
        text: z.ZodString;
        rule: z.ZodString;
        value: z.ZodString;
        precision: z.ZodEnum<{
            day: "day";
            month: "month";
            quarter: "quarter";
            year: "year";
        }>;
        yearInferred: z.ZodOptional<z.ZodBoolean>;
        invalid: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
    host: z.ZodOptional<z.ZodString>;
    year: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
declare const Sections: z.ZodObject<{
    tasks: z.ZodArray<z.ZodObject<{
        level: z.ZodOptional<z.ZodString>;
        status: z.ZodOptional<z.ZodString>;
        figure: z.ZodString;
        value: z.ZodNumber;
    }, z.core.$strip>>;
    publications: z.ZodArray<z.ZodObject<{
        type: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodString>;
        figure: z.ZodString;
        value: z.ZodNumber;
    }, z.core.$strip>>;
    money: z.ZodArray<z.ZodObject<{
        currency: z.ZodString;
        subject: z.ZodOptional<z.ZodString>;
        estimated: z.ZodOptional<z.ZodBoolean>;
        percentOfPlan: z.ZodOptional<z.ZodNumber>;
        plan: z.ZodOptional<z.ZodNumber>;
        growth: z.ZodOptional<z.ZodObject<{
            percent: z.ZodNumber;
            direction: z.ZodEnum<{
                tăng: "tăng";
                giảm: "giảm";
            }>;
            basis: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        figure: z.ZodString;
        value: z.ZodNumber;
    }, z.core.$strip>>;
    training: z.ZodArray<z.ZodObject<{
        kind: z.ZodOptional<z.ZodString>;
        degree: z.ZodOptional<z.ZodString>;
        figure: z.ZodString;
        value: z.ZodNumber;
    }, z.core.$strip>>;
    personnel: z.ZodArray<z.ZodString>;
    awards: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
declare const Report: z.ZodObject<{
    version: z.ZodLiteral<1>;
    id: z.ZodOptional<z.ZodString>;
    event: z.ZodObject<{
        kind: z.ZodOptional<z.ZodString>;
        title: z.ZodOptional<z.ZodString>;
        date: z.ZodNullable<z.ZodString>;
        dateEvidence: z.ZodOptional<z.ZodObject<{
            span: z.ZodObject<{
                start: z.ZodNumber;
                end: z.ZodNumber;
            }, z.core.$strip>;
            text: z.ZodString;
            rule: z.ZodString;
            value: z.ZodString;
            precision: z.ZodEnum<{
                day: "day";
                month: "month";
                quarter: "quarter";
                year: "year";
            }>;
            yearInferred: z.ZodOptional<z.ZodBoolean>;
            invalid: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
        host: z.ZodOptional<z.ZodString>;
        year: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
    people: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        honorifics: z.ZodArray<z.ZodString>;
        positions: z.ZodArray<z.ZodObject<{
            span: z.ZodObject<{
                start: z.ZodNumber;
                end: z.ZodNumber;
            }, z.core.$strip>;
            text: z.ZodString;
            rule: z.ZodString;
            title: z.ZodString;
            org: z.ZodNullable<z.ZodString>;
            modifiers: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strip>>;
        roles: z.ZodArray<z.ZodEnum<{
            "ph\u00E1t bi\u1EC3u": "phát biểu";
            "ch\u1EE7 tr\u00EC": "chủ trì";
            "tham d\u1EF1": "tham dự";
            "b\u00E1o c\u00E1o": "báo cáo";
            "tr\u00ECnh b\u00E0y": "trình bày";
            "ch\u1EC9 \u0111\u1EA1o": "chỉ đạo";
            "t\u00E1c gi\u1EA3": "tác giả";
        }>>;
        mentions: z.ZodArray<z.ZodObject<{
            span: z.ZodObject<{
                start: z.ZodNumber;
                end: z.ZodNumber;
            }, z.core.$strip>;
            text: z.ZodString;
            rule: z.ZodString;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    organizations: z.ZodArray<z.ZodObject<{
        span: z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
        }, z.core.$strip>;
        text: z.ZodString;
        rule: z.ZodString;
        id: z.ZodString;
        name: z.ZodString;
        head: z.ZodString;
    }, z.core.$strip>>;
    figures: z.ZodArray<z.ZodObject<{
        span: z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
        }, z.core.$strip>;
        text: z.ZodString;
        rule: z.ZodString;
        id: z.ZodString;
        kind: z.ZodEnum<{
            count: "count";
            money: "money";
            percent: "percent";
            measure: "measure";
        }>;
        value: z.ZodNumber;
        currency: z.ZodOptional<z.ZodString>;
        unit: z.ZodOptional<z.ZodString>;
        category: z.ZodOptional<z.ZodEnum<{
            task: "task";
            publication: "publication";
            training: "training";
            personnel: "personnel";
            organization: "organization";
            award: "award";
            event: "event";
            other: "other";
        }>>;
        of: z.ZodOptional<z.ZodNumber>;
        approx: z.ZodOptional<z.ZodBoolean>;
        bound: z.ZodOptional<z.ZodEnum<{
            about: "about";
            lower: "lower";
            upper: "upper";
        }>>;
        range: z.ZodOptional<z.ZodObject<{
            from: z.ZodNumber;
            to: z.ZodNumber;
        }, z.core.$strip>>;
        noun: z.ZodOptional<z.ZodString>;
        per: z.ZodOptional<z.ZodArray<z.ZodString>>;
        estimated: z.ZodOptional<z.ZodBoolean>;
        subject: z.ZodOptional<z.ZodString>;
        comparison: z.ZodOptional<z.ZodObject<{
            relation: z.ZodOptional<z.ZodEnum<{
                còn: "còn";
                đạt: "đạt";
                "ho\u00E0n th\u00E0nh": "hoàn thành";
                tăng: "tăng";
                giảm: "giảm";
                vượt: "vượt";
                bằng: "bằng";
                chiếm: "chiếm";
                "kh\u00F4ng \u0111\u1EA1t": "không đạt";
            }>>;
            basis: z.ZodOptional<z.ZodString>;
            basisFigure: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        refersTo: z.ZodOptional<z.ZodString>;
        parent: z.ZodOptional<z.ZodString>;
        children: z.ZodOptional<z.ZodArray<z.ZodString>>;
        breakdown: z.ZodOptional<z.ZodEnum<{
            exhaustive: "exhaustive";
            partial: "partial";
        }>>;
        ambiguous: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
    dates: z.ZodArray<z.ZodObject<{
        span: z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
        }, z.core.$strip>;
        text: z.ZodString;
        rule: z.ZodString;
        value: z.ZodString;
        precision: z.ZodEnum<{
            day: "day";
            month: "month";
            quarter: "quarter";
            year: "year";
        }>;
        yearInferred: z.ZodOptional<z.ZodBoolean>;
        invalid: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
    sections: z.ZodObject<{
        tasks: z.ZodArray<z.ZodObject<{
            level: z.ZodOptional<z.ZodString>;
            status: z.ZodOptional<z.ZodString>;
            figure: z.ZodString;
            value: z.ZodNumber;
        }, z.core.$strip>>;
        publications: z.ZodArray<z.ZodObject<{
            type: z.ZodOptional<z.ZodString>;
            scope: z.ZodOptional<z.ZodString>;
            figure: z.ZodString;
            value: z.ZodNumber;
        }, z.core.$strip>>;
        money: z.ZodArray<z.ZodObject<{
            currency: z.ZodString;
            subject: z.ZodOptional<z.ZodString>;
            estimated: z.ZodOptional<z.ZodBoolean>;
            percentOfPlan: z.ZodOptional<z.ZodNumber>;
            plan: z.ZodOptional<z.ZodNumber>;
            growth: z.ZodOptional<z.ZodObject<{
                percent: z.ZodNumber;
                direction: z.ZodEnum<{
                    tăng: "tăng";
                    giảm: "giảm";
                }>;
                basis: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>;
            figure: z.ZodString;
            value: z.ZodNumber;
        }, z.core.$strip>>;
        training: z.ZodArray<z.ZodObject<{
            kind: z.ZodOptional<z.ZodString>;
            degree: z.ZodOptional<z.ZodString>;
            figure: z.ZodString;
            value: z.ZodNumber;
        }, z.core.$strip>>;
        personnel: z.ZodArray<z.ZodString>;
        awards: z.ZodArray<z.ZodString>;
    }, z.core.$strip>;
    convention: z.ZodObject<{
        numbers: z.ZodEnum<{
            unknown: "unknown";
            vi: "vi";
            en: "en";
        }>;
        evidence: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strip>;
    findings: z.ZodArray<z.ZodObject<{
        rule: z.ZodString;
        severity: z.ZodEnum<{
            error: "error";
            warning: "warning";
            info: "info";
        }>;
        message: z.ZodObject<{
            vi: z.ZodString;
            en: z.ZodString;
        }, z.core.$strip>;
        spans: z.ZodArray<z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
        }, z.core.$strip>>;
        figures: z.ZodOptional<z.ZodArray<z.ZodString>>;
        expected: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        found: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    }, z.core.$strip>>;
    warnings: z.ZodArray<z.ZodObject<{
        code: z.ZodString;
        message: z.ZodString;
        span: z.ZodOptional<z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    input: z.ZodOptional<z.ZodObject<{
        source: z.ZodString;
        title: z.ZodOptional<z.ZodString>;
        url: z.ZodOptional<z.ZodString>;
        encoding: z.ZodOptional<z.ZodString>;
        text: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
type Report = z.infer<typeof Report>;
declare const Facts: z.ZodObject<{
    id: z.ZodString;
    date: z.ZodNullable<z.ZodString>;
    people: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        honorifics: z.ZodArray<z.ZodString>;
        positions: z.ZodArray<z.ZodObject<{
            title: z.ZodString;
            org: z.ZodNullable<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    figures: z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            count: "count";
            money: "money";
            percent: "percent";
            measure: "measure";
        }>;
        value: z.ZodNumber;
        currency: z.ZodOptional<z.ZodString>;
        unit: z.ZodOptional<z.ZodString>;
        category: z.ZodOptional<z.ZodEnum<{
            task: "task";
            publication: "publication";
            training: "training";
            personnel: "personnel";
            organization: "organization";
            award: "award";
            event: "event";
            other: "other";
        }>>;
        of: z.ZodOptional<z.ZodNumber>;
        approx: z.ZodOptional<z.ZodBoolean>;
        text: z.ZodString;
    }, z.core.$strip>>;
    notes: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
type Facts = z.infer<typeof Facts>;
/** The compact facts view: exactly the shape of ../shared/corpus/GOLD.md. */
declare const FactFigure: z.ZodObject<{
    kind: z.ZodEnum<{
        count: "count";
        money: "money";
        percent: "percent";
        measure: "measure";
    }>;
    value: z.ZodNumber;
    currency: z.ZodOptional<z.ZodString>;
    unit: z.ZodOptional<z.ZodString>;
    category: z.ZodOptional<z.ZodEnum<{
        task: "task";
        publication: "publication";
        training: "training";
        personnel: "personnel";
        organization: "organization";
        award: "award";
        event: "event";
        other: "other";
    }>>;
    of: z.ZodOptional<z.ZodNumber>;
    approx: z.ZodOptional<z.ZodBoolean>;
    text: z.ZodString;
}, z.core.$strip>;
type FactFigure = z.infer<typeof FactFigure>;
declare const FactPerson: z.ZodObject<{
    name: z.ZodString;
    honorifics: z.ZodArray<z.ZodString>;
    positions: z.ZodArray<z.ZodObject<{
        title: z.ZodString;
        org: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
type FactPerson = z.infer<typeof FactPerson>;

/**
 * parseReport: text in, one validated Report out. Never throws on a string.
 *
 *   text → makeDoc (NFC + offset map + folded key) → sentences → recognisers
 *        → figures linked to subjects/comparisons/breakdowns → event → Report (Zod-validated)
 */

interface ParseOptions {
    /** Record id (the CLI uses the file name without extension). */
    id?: string;
    /** Input larger than this many UTF-16 units is cut, with a warning. Default 5,000,000. */
    maxChars?: number;
    /** Validate the result against the Zod schema (default true). */
    validate?: boolean;
    /**
     * When the text was published, if known ("2017-06-21", "2017-06" or "2017"): the year of a day
     * written without one ("Chiều 21/6"). Without it that year comes from the text, or stays unknown.
     */
    referenceDate?: string;
}
declare function parseReport(text: string, options?: ParseOptions): Report;

/**
 * toFacts: the compact facts view of a Report, in exactly the shape of ../shared/corpus/GOLD.md.
 */

declare function toFacts(report: Report, id?: string): Facts;

interface Range {
    start: number;
    end: number;
}
interface Sentence extends Range {
    paragraph: number;
    /** A parenthesised caption standing alone, e.g. "(Hình ảnh Hội nghị ...)". */
    caption: boolean;
}

/**
 * Shared by the checks: the check context (figures by id, sentences of the input), the
 * precision a number was written with, and number formatting for messages.
 *
 *   halfUnit(figure "3,247 tỉ đồng")  → 500 000 đồng   (half of the last written digit)
 *   halfUnit(figure "217%")           → 0.5
 *   writtenNumber("1.615 tỷ đồng")    → "1.615"
 */

/** What the parser already built for this input (saves a second pass). */
interface Prepared {
    doc: Doc;
    sentences: Sentence[];
}

/**
 * checkReport: consistency checks over a parsed report. One rule per file:
 *
 *   breakdown.ts  "X (trong đó A … và B …)", "X gồm A, B và C" — parts against the whole
 *   plan.ts       "đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ đồng"; "vượt kế hoạch" under 100%
 *   growth.ts     "tăng 20% so với cùng kỳ (100 tỷ đồng)" against the value stated
 *   fraction.ts   "12/11 chỉ tiêu", "1.048/1.161 (90,27%)", "chiếm 120%"
 *   two-ways.ts   "1,615 tỷ" and "1.615 tỷ" in one post; separator slips in counts
 *   dates.ts      "31/02/2022", "năm 20221", a reviewed year against the event date
 *   positions.ts  one person as "Giám đốc" and "Phó Giám đốc" of the same unit
 *
 * Severity: `error` when figures contradict each other, `warning` when something is
 * suspicious or ambiguous (approximate figures, overlapping parts), `info` otherwise.
 */

/**
 * Run every rule on a report. `input` is the text the report was parsed from (needed for the
 * phrase-level rules; without it, the report's own spans and texts are used). `prepared`: the
 * parser's own Doc and sentences for this input, to avoid building them twice.
 */
declare function checkReport(report: Report, input?: string, prepared?: Prepared): Finding[];

/**
 * Scoring exactly as ../shared/corpus/GOLD.md describes.
 *
 * Strings are compared after NFC, lower-casing and collapsing white space. People match one to
 * one by equal name; over matched pairs: honorific accuracy (equal sets), title P/R/F1 (titles
 * matched by equal title), org accuracy over matched titles. Figures match one to one by kind,
 * currency/unit and value within a relative 1e-9; over matched counts, category accuracy. Date:
 * accuracy over documents with a gold date. Overall: micro F1 of names and figures together.
 */

interface PRF {
    tp: number;
    predicted: number;
    gold: number;
    precision: number;
    recall: number;
    f1: number;
}
interface Ratio {
    right: number;
    total: number;
    accuracy: number;
}
/** Counts for one document; add them up with {@link sumCounts}, turn into scores with {@link finish}. */
interface Counts {
    names: {
        tp: number;
        predicted: number;
        gold: number;
    };
    honorifics: {
        right: number;
        total: number;
    };
    titles: {
        tp: number;
        predicted: number;
        gold: number;
    };
    orgs: {
        right: number;
        total: number;
    };
    figures: Record<string, {
        tp: number;
        predicted: number;
        gold: number;
    }>;
    categories: {
        right: number;
        total: number;
    };
    date: {
        right: number;
        total: number;
    };
}
/** One document's differences, for people reading the evaluation. */
interface Diff {
    id: string;
    missedPeople: string[];
    extraPeople: string[];
    honorifics: {
        name: string;
        gold: string[];
        predicted: string[];
    }[];
    titles: {
        name: string;
        missed: string[];
        extra: string[];
    }[];
    orgs: {
        name: string;
        title: string;
        gold: string | null;
        predicted: string | null;
    }[];
    missedFigures: FactFigure[];
    extraFigures: FactFigure[];
    categories: {
        text: string;
        gold?: string;
        predicted?: string;
    }[];
    date?: {
        gold: string | null;
        predicted: string | null;
    };
}
declare function scoreDoc(pred: Facts, gold: Facts): {
    counts: Counts;
    diff: Diff;
};
declare function sumCounts(all: Counts[]): Counts;
interface Scores {
    documents: number;
    overall_f1: number;
    overall: PRF;
    people: {
        names: PRF;
        honorifics: Ratio;
        titles: PRF;
        orgs: Ratio;
    };
    figures: {
        all: PRF;
        byKind: Record<string, PRF>;
        categories: Ratio;
    };
    date: Ratio;
}
declare function finish(c: Counts, documents: number): Scores;
declare function formatScores(s: Scores): string;

/** Fold any string: NFC first, then {@link foldNfc}. Use for word lists and lookups. */
declare function fold(s: string): string;

export { Category, Comparison, Convention, DateValue, Event, EventRole, FactFigure, FactPerson, Facts, Figure, FigureKind, Finding, Mention, Organization, type ParseOptions, Person, Position, Relation, Report, type Scores, Sections, Severity, Span, Warning, checkReport, finish, fold, formatScores, parseReport, scoreDoc, sumCounts, toFacts };
