// KgCypherLexer: tokens of kg's openCypher subset. Keywords are case-insensitive (spelled with
// one-letter fragments because the Debian ANTLR tool, 4.7.2, has no caseInsensitive option).
// Tokens whose name starts with INVALID_ exist only so that the parser can recognise a common
// mistake and the engine can explain it; no valid query contains them.
lexer grammar KgCypherLexer;

// ---- punctuation and operators -----------------------------------------------------------
LPAREN      : '(' ;
RPAREN      : ')' ;
LBRACKET    : '[' ;
RBRACKET    : ']' ;
LBRACE      : '{' ;
RBRACE      : '}' ;
COMMA       : ',' ;
DOTDOT      : '..' ;
DOT         : '.' ;
COLON       : ':' ;
SEMICOLON   : ';' ;
PIPE        : '|' ;
DOLLAR      : '$' ;
PLUS_EQ     : '+=' ;
PLUS        : '+' ;
MINUS       : '-' ;
STAR        : '*' ;
SLASH       : '/' ;
PERCENT     : '%' ;
CARET       : '^' ;
REGEX_MATCH : '=~' ;
NOT_EQUAL   : '<>' ;
LESS_EQ     : '<=' ;
GREATER_EQ  : '>=' ;
EQ          : '=' ;
LESS        : '<' ;
GREATER     : '>' ;

// Common mistakes, caught so that the error can say what to write instead.
INVALID_NOT_EQUAL : '!=' ;
INVALID_EQUAL     : '==' ;

// ---- keywords ----------------------------------------------------------------------------
ALL              : A L L ;
ALLSHORTESTPATHS : A L L S H O R T E S T P A T H S ;
AND              : A N D ;
ANY              : A N Y ;
AS               : A S ;
ASC              : A S C ;
ASCENDING        : A S C E N D I N G ;
BY               : B Y ;
CALL             : C A L L ;
CASE             : C A S E ;
CONTAINS         : C O N T A I N S ;
COUNT            : C O U N T ;
CREATE           : C R E A T E ;
DELETE           : D E L E T E ;
DESC             : D E S C ;
DESCENDING       : D E S C E N D I N G ;
DETACH           : D E T A C H ;
DISTINCT         : D I S T I N C T ;
ELSE             : E L S E ;
END              : E N D ;
ENDS             : E N D S ;
EXISTS           : E X I S T S ;
EXPLAIN          : E X P L A I N ;
FALSE_           : F A L S E ;
IN               : I N ;
IS               : I S ;
LIMIT            : L I M I T ;
MATCH            : M A T C H ;
MERGE            : M E R G E ;
NONE             : N O N E ;
NOT              : N O T ;
NULL_            : N U L L ;
ON               : O N ;
OPTIONAL         : O P T I O N A L ;
OR               : O R ;
ORDER            : O R D E R ;
PROFILE          : P R O F I L E ;
REMOVE           : R E M O V E ;
RETURN           : R E T U R N ;
SET              : S E T ;
SHORTESTPATH     : S H O R T E S T P A T H ;
SINGLE           : S I N G L E ;
SKIP_            : S K I P ;
STARTS           : S T A R T S ;
THEN             : T H E N ;
TRUE_            : T R U E ;
UNION            : U N I O N ;
UNWIND           : U N W I N D ;
WHEN             : W H E N ;
WHERE            : W H E R E ;
WITH             : W I T H ;
XOR              : X O R ;
YIELD            : Y I E L D ;

// ---- literals ----------------------------------------------------------------------------
// Escapes are validated by the transformer (it reports a bad \u escape as InvalidUnicodeLiteral).
STRING_LITERAL
    : '"' ( ~["\\] | '\\' . )* '"'
    | '\'' ( ~['\\] | '\\' . )* '\''
    ;

HEX_INTEGER     : '0' [xX] [0-9a-fA-F]+ ;
OCTAL_INTEGER   : '0' [oO] [0-7]+ ;
DECIMAL_INTEGER : DIGIT+ ;
EXPONENT_REAL   : ( DIGIT+ | DIGIT* '.' DIGIT+ ) [eE] [+-]? DIGIT+ ;
REGULAR_REAL    : DIGIT* '.' DIGIT+ ;
// A number run into letters (0x, 12a4, 0x1G): longer than any valid number, so it wins.
INVALID_NUMBER  : DIGIT [0-9a-zA-Z_]* ;

// ---- names -------------------------------------------------------------------------------
UNESCAPED_NAME : ID_START ID_PART* ;
ESCAPED_NAME   : '`' ( ~'`' | '``' )* '`' ;

// ---- skipped -----------------------------------------------------------------------------
WHITESPACE    : [ \t\r\n\u000B\u000C\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+
                -> channel(HIDDEN) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;

// Anything else is one error token; the parser never accepts it, and the error listener turns
// it into a SyntaxError (InvalidUnicodeCharacter when it is not ASCII).
ERROR_CHAR : . ;

fragment ID_START : [\p{L}_] ;
fragment ID_PART  : [\p{L}\p{Mn}\p{Mc}\p{Nd}\p{Pc}] ;
fragment DIGIT    : [0-9] ;

fragment A : [aA] ; fragment B : [bB] ; fragment C : [cC] ; fragment D : [dD] ;
fragment E : [eE] ; fragment F : [fF] ; fragment G : [gG] ; fragment H : [hH] ;
fragment I : [iI] ; fragment J : [jJ] ; fragment K : [kK] ; fragment L : [lL] ;
fragment M : [mM] ; fragment N : [nN] ; fragment O : [oO] ; fragment P : [pP] ;
fragment Q : [qQ] ; fragment R : [rR] ; fragment S : [sS] ; fragment T : [tT] ;
fragment U : [uU] ; fragment V : [vV] ; fragment W : [wW] ; fragment X : [xX] ;
fragment Y : [yY] ; fragment Z : [zZ] ;
