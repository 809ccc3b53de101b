// KgCypher: kg's openCypher subset. Standard rules carry openCypher's oC_ names; rules that are
// ours (extensions, error-catching alternatives) carry a kG_ prefix. The grammar is deliberately
// permissive about clause order (a query is a flat list of clauses): the transformer checks the
// composition so that it can say precisely what is wrong (for example a missing RETURN).
parser grammar KgCypher;

options { tokenVocab = KgCypherLexer; }

// ---- statements --------------------------------------------------------------------------
kG_Script : oC_Statement ( ';' oC_Statement )* ';'? EOF ;

oC_Statement : kG_QueryPrefix? oC_RegularQuery ;

kG_QueryPrefix : EXPLAIN | PROFILE ;

oC_RegularQuery : oC_SingleQuery oC_Union* ;

oC_Union : UNION ALL? oC_SingleQuery ;

oC_SingleQuery : oC_Clause+ ;

oC_Clause
    : oC_Match
    | oC_Unwind
    | kG_Call
    | oC_Create
    | oC_Merge
    | oC_Set
    | oC_Remove
    | oC_Delete
    | oC_With
    | oC_Return
    ;

// ---- reading clauses ---------------------------------------------------------------------
oC_Match : OPTIONAL? MATCH oC_Pattern oC_Where? ;

oC_Unwind : UNWIND oC_Expression AS oC_Variable ;

// CALL proc.name(args) YIELD a, b AS c WHERE ... ; also the argument-less implicit form.
// Used by our procedures too, e.g. CALL algo.pageRank({iterations: 20}) YIELD node, score.
kG_Call : CALL oC_ProcedureName kG_CallArguments? ( YIELD ( '*' | oC_YieldItems ) )? ;

kG_CallArguments : '(' ( oC_Expression ( ',' oC_Expression )* )? ')' ;

oC_YieldItems : oC_YieldItem ( ',' oC_YieldItem )* oC_Where? ;

oC_YieldItem : ( oC_SymbolicName AS )? oC_Variable ;

oC_ProcedureName : oC_Namespace oC_SymbolicName ;

oC_Namespace : ( oC_SymbolicName '.' )* ;

// ---- updating clauses --------------------------------------------------------------------
oC_Create : CREATE oC_Pattern ;

oC_Merge : MERGE oC_PatternPart oC_MergeAction* ;

oC_MergeAction : ON ( MATCH | CREATE ) oC_Set ;

oC_Set : SET oC_SetItem ( ',' oC_SetItem )* ;

oC_SetItem
    : oC_PropertyExpression '=' oC_Expression
    | oC_Variable '=' oC_Expression
    | oC_Variable '+=' oC_Expression
    | oC_Variable oC_NodeLabels
    ;

oC_Remove : REMOVE oC_RemoveItem ( ',' oC_RemoveItem )* ;

oC_RemoveItem : oC_Variable oC_NodeLabels | oC_PropertyExpression ;

oC_Delete : DETACH? DELETE oC_Expression ( ',' oC_Expression )* ;

oC_PropertyExpression : oC_Atom oC_PropertyLookup+ ;

// ---- projections -------------------------------------------------------------------------
oC_With : WITH oC_ProjectionBody oC_Where? ;

oC_Return : RETURN oC_ProjectionBody ;

oC_ProjectionBody : DISTINCT? oC_ProjectionItems oC_Order? oC_Skip? oC_Limit? ;

oC_ProjectionItems
    : '*' ( ',' oC_ProjectionItem )*
    | oC_ProjectionItem ( ',' oC_ProjectionItem )*
    ;

oC_ProjectionItem : oC_Expression ( AS oC_Variable )? ;

oC_Order : ORDER BY oC_SortItem ( ',' oC_SortItem )* ;

oC_Skip : SKIP_ oC_Expression ;

oC_Limit : LIMIT oC_Expression ;

oC_SortItem : oC_Expression ( ASCENDING | ASC | DESCENDING | DESC )? ;

oC_Where : WHERE oC_Expression ;

// ---- patterns ----------------------------------------------------------------------------
oC_Pattern : oC_PatternPart ( ',' oC_PatternPart )* ;

oC_PatternPart : ( oC_Variable '=' )? oC_AnonymousPatternPart ;

oC_AnonymousPatternPart : kG_ShortestPathPattern | oC_PatternElement ;

kG_ShortestPathPattern : ( SHORTESTPATH | ALLSHORTESTPATHS ) '(' oC_PatternElement ')' ;

oC_PatternElement
    : oC_NodePattern oC_PatternElementChain*
    | '(' oC_PatternElement ')'
    ;

oC_RelationshipsPattern : oC_NodePattern oC_PatternElementChain+ ;

oC_NodePattern : '(' oC_Variable? oC_NodeLabels? oC_Properties? ')' ;

oC_PatternElementChain : oC_RelationshipPattern oC_NodePattern ;

oC_RelationshipPattern : kG_LeftArrow? '-' oC_RelationshipDetail? '-' kG_RightArrow? ;

kG_LeftArrow : '<' ;

kG_RightArrow : '>' ;

oC_RelationshipDetail
    : '[' oC_Variable? oC_RelationshipTypes? ( oC_RangeLiteral | kG_InvalidRange )? oC_Properties?
      ']'
    ;

// Error-catching: a range without '*' ([:T..3]) or with a negative bound ([:T*-2]).
kG_InvalidRange : '..' kG_RangeBound? | '*' '-' kG_RangeBound ( '..' kG_RangeBound? )? ;

oC_Properties : oC_MapLiteral | oC_Parameter ;

oC_RelationshipTypes : ':' oC_RelTypeName ( '|' ':'? oC_RelTypeName )* ;

oC_NodeLabels : oC_NodeLabel+ ;

oC_NodeLabel : ':' oC_LabelName ;

oC_RangeLiteral : '*' kG_RangeBound? ( '..' kG_RangeBound? )? ;

kG_RangeBound : DECIMAL_INTEGER ;

oC_LabelName : oC_SchemaName ;

oC_RelTypeName : oC_SchemaName ;

// ---- expressions, loosest binding first ---------------------------------------------------
oC_Expression : oC_OrExpression ;

oC_OrExpression : oC_XorExpression ( OR oC_XorExpression )* ;

oC_XorExpression : oC_AndExpression ( XOR oC_AndExpression )* ;

oC_AndExpression : oC_NotExpression ( AND oC_NotExpression )* ;

oC_NotExpression : NOT* oC_ComparisonExpression ;

oC_ComparisonExpression
    : oC_StringListNullPredicateExpression oC_PartialComparisonExpression* ;

oC_PartialComparisonExpression : kG_ComparisonOperator oC_StringListNullPredicateExpression ;

kG_ComparisonOperator
    : '=' | '<>' | '<' | '>' | '<=' | '>='
    | kG_InvalidNotEqual
    | kG_InvalidEqual
    ;

// Error-catching alternatives: accepted by the grammar, rejected with a hint by the transformer.
kG_InvalidNotEqual : INVALID_NOT_EQUAL ;

kG_InvalidEqual : INVALID_EQUAL ;

oC_StringListNullPredicateExpression
    : oC_AddOrSubtractExpression
      ( oC_StringPredicateExpression | oC_ListPredicateExpression | oC_NullPredicateExpression )*
    ;

oC_StringPredicateExpression
    : ( STARTS WITH | ENDS WITH | CONTAINS | '=~' ) oC_AddOrSubtractExpression ;

oC_ListPredicateExpression : IN oC_AddOrSubtractExpression ;

oC_NullPredicateExpression : IS NOT? NULL_ ;

oC_AddOrSubtractExpression
    : oC_MultiplyDivideModuloExpression ( kG_AdditiveOperator oC_MultiplyDivideModuloExpression )*
    ;

kG_AdditiveOperator : '+' | '-' ;

oC_MultiplyDivideModuloExpression
    : oC_PowerOfExpression ( kG_MultiplicativeOperator oC_PowerOfExpression )* ;

kG_MultiplicativeOperator : '*' | '/' | '%' ;

oC_PowerOfExpression
    : oC_UnaryAddOrSubtractExpression ( '^' oC_UnaryAddOrSubtractExpression )* ;

oC_UnaryAddOrSubtractExpression
    : oC_NonArithmeticOperatorExpression
    | ( '+' | '-' ) oC_UnaryAddOrSubtractExpression
    ;

oC_NonArithmeticOperatorExpression
    : oC_Atom ( oC_ListOperatorExpression | oC_PropertyLookup )* oC_NodeLabels? ;

oC_ListOperatorExpression
    : '[' oC_Expression ']'
    | '[' kG_SliceFrom=oC_Expression? '..' kG_SliceTo=oC_Expression? ']'
    ;

oC_PropertyLookup : '.' oC_PropertyKeyName ;

// Order matters where alternatives overlap: [x IN list] is a comprehension, not a list literal,
// so the comprehensions come before oC_Literal.
oC_Atom
    : oC_ListComprehension
    | oC_PatternComprehension
    | oC_Literal
    | oC_Parameter
    | oC_CaseExpression
    | kG_CountStar
    | oC_Quantifier
    | oC_ExistentialSubquery
    | oC_PatternPredicate
    | oC_ParenthesizedExpression
    | kG_MapProjection
    | oC_FunctionInvocation
    | oC_Variable
    ;

kG_CountStar : COUNT '(' '*' ')' ;

oC_CaseExpression
    : CASE oC_Expression? oC_CaseAlternative+ ( ELSE kG_CaseDefault=oC_Expression )? END ;

oC_CaseAlternative : WHEN oC_Expression THEN oC_Expression ;

oC_ListComprehension : '[' oC_FilterExpression ( '|' oC_Expression )? ']' ;

oC_PatternComprehension
    : '[' ( oC_Variable '=' )? oC_RelationshipsPattern oC_Where? '|' oC_Expression ']' ;

oC_Quantifier : ( ALL | ANY | NONE | SINGLE ) '(' oC_FilterExpression ')' ;

oC_FilterExpression : oC_Variable IN oC_Expression oC_Where? ;

oC_ExistentialSubquery : EXISTS '{' ( oC_RegularQuery | oC_Pattern oC_Where? ) '}' ;

oC_PatternPredicate : oC_RelationshipsPattern ;

oC_ParenthesizedExpression : '(' oC_Expression ')' ;

// Map projection: n {.name, .*, key: expr, var}.
kG_MapProjection : oC_Variable '{' ( kG_MapProjectionItem ( ',' kG_MapProjectionItem )* )? '}' ;

kG_MapProjectionItem
    : '.' oC_PropertyKeyName
    | '.' '*'
    | oC_PropertyKeyName ':' oC_Expression
    | oC_Variable
    ;

oC_FunctionInvocation
    : oC_FunctionName '(' DISTINCT? ( oC_Expression ( ',' oC_Expression )* )? ')' ;

oC_FunctionName : oC_Namespace oC_SymbolicName ;

// ---- literals ----------------------------------------------------------------------------
oC_Literal
    : oC_BooleanLiteral
    | NULL_
    | oC_NumberLiteral
    | STRING_LITERAL
    | oC_ListLiteral
    | oC_MapLiteral
    ;

oC_BooleanLiteral : TRUE_ | FALSE_ ;

oC_NumberLiteral
    : HEX_INTEGER
    | OCTAL_INTEGER
    | DECIMAL_INTEGER
    | EXPONENT_REAL
    | REGULAR_REAL
    | INVALID_NUMBER
    ;

oC_ListLiteral : '[' ( oC_Expression ( ',' oC_Expression )* )? ']' ;

oC_MapLiteral : '{' ( kG_MapEntry ( ',' kG_MapEntry )* )? '}' ;

kG_MapEntry : oC_PropertyKeyName ':' oC_Expression ;

oC_Parameter : '$' ( oC_SymbolicName | DECIMAL_INTEGER ) ;

// ---- names -------------------------------------------------------------------------------
oC_Variable : oC_SymbolicName ;

oC_PropertyKeyName : oC_SchemaName ;

// Labels, types and keys may be any word, reserved or not (n.count, :MATCH).
oC_SchemaName : oC_SymbolicName | kG_ReservedWord ;

// Keywords that are not reserved may also name variables and functions.
oC_SymbolicName
    : UNESCAPED_NAME
    | ESCAPED_NAME
    | COUNT | ANY | NONE | SINGLE | EXISTS | SHORTESTPATH | ALLSHORTESTPATHS
    | EXPLAIN | PROFILE | YIELD | CALL | DETACH | ASCENDING | DESCENDING
    ;

kG_ReservedWord
    : ALL | AND | AS | ASC | BY | CASE | CONTAINS | CREATE | DELETE | DESC | DISTINCT | ELSE
    | END | ENDS | FALSE_ | IN | IS | LIMIT | MATCH | MERGE | NOT | NULL_ | ON | OPTIONAL | OR
    | ORDER | REMOVE | RETURN | SET | SKIP_ | STARTS | THEN | TRUE_ | UNION | UNWIND | WHEN
    | WHERE | WITH | XOR
    ;
