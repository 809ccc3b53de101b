# Parser code generation: runs the ANTLR tool (Debian's antlr4 4.7.2) at build time over the
# grammars in grammar/ and compiles the generated C++ against Debian's runtime (4.9).
# Generated files live in the build tree only; they are never committed.
#
# kg_antlr_generate(<target> LEXER <file.g4> PARSER <file.g4> NAMESPACE <ns>)
#   creates the object library <target> (linked to the runtime, its include dir as SYSTEM).

find_package(antlr4-runtime REQUIRED CONFIG
             HINTS /usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}/cmake/antlr4-runtime)
find_program(KG_ANTLR4_TOOL NAMES antlr4 DOC "ANTLR4 tool wrapper (Debian package antlr4)")
if(NOT KG_ANTLR4_TOOL)
    find_package(Java REQUIRED COMPONENTS Runtime)
    set(KG_ANTLR4_JAR_CLASSPATH
        "/usr/share/java/antlr4.jar:/usr/share/java/antlr4-runtime.jar:/usr/share/java/antlr3-runtime.jar:/usr/share/java/stringtemplate4.jar:/usr/share/java/treelayout.jar")
    set(KG_ANTLR4_COMMAND ${Java_JAVA_EXECUTABLE} -cp ${KG_ANTLR4_JAR_CLASSPATH} org.antlr.v4.Tool)
else()
    set(KG_ANTLR4_COMMAND ${KG_ANTLR4_TOOL})
endif()

# Debian's runtime 4.9 headers do not compile with clang: misc/InterpreterDataReader.h
# default-constructs a Vocabulary whose members are const. kg never uses that header, so clang
# builds (the fuzz targets) get an umbrella header without it, generated here from the installed
# one and searched before it.
set(KG_ANTLR4_SHIM_DIR "")
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    set(KG_ANTLR4_SHIM_DIR ${CMAKE_BINARY_DIR}/antlr4_shim)
    file(READ ${ANTLR4_INCLUDE_DIR}/antlr4-runtime.h kg_antlr4_umbrella)
    string(REPLACE "#include \"misc/InterpreterDataReader.h\"" ""
           kg_antlr4_umbrella "${kg_antlr4_umbrella}")
    file(WRITE ${KG_ANTLR4_SHIM_DIR}/antlr4-runtime.h "${kg_antlr4_umbrella}")
endif()

function(kg_antlr_generate target)
    cmake_parse_arguments(ARG "" "LEXER;PARSER;NAMESPACE" "" ${ARGN})
    get_filename_component(lexer_name ${ARG_LEXER} NAME_WE)
    get_filename_component(parser_name ${ARG_PARSER} NAME_WE)
    set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/antlr_generated)
    set(outputs
        ${out_dir}/${lexer_name}.cpp ${out_dir}/${lexer_name}.h
        ${out_dir}/${parser_name}.cpp ${out_dir}/${parser_name}.h)
    add_custom_command(
        OUTPUT ${outputs}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir}
        COMMAND ${KG_ANTLR4_COMMAND} -Dlanguage=Cpp -no-listener -no-visitor
                -package ${ARG_NAMESPACE} -o ${out_dir} -Xexact-output-dir
                ${ARG_LEXER} ${ARG_PARSER}
        DEPENDS ${ARG_LEXER} ${ARG_PARSER}
        COMMENT "Generating the Cypher parser from ${lexer_name}.g4 and ${parser_name}.g4"
        VERBATIM)

    # The generated code uses u8"" literals as std::string, which C++20 (char8_t) rejects, so it is
    # compiled as C++17. No -Werror here: the code is not ours.
    add_library(${target} OBJECT ${outputs})
    set_target_properties(${target} PROPERTIES
        CXX_STANDARD 17 POSITION_INDEPENDENT_CODE ON)
    target_compile_options(${target} PRIVATE -w)
    target_include_directories(${target} SYSTEM PUBLIC
        ${KG_ANTLR4_SHIM_DIR} ${out_dir} ${ANTLR4_INCLUDE_DIR})
    target_link_libraries(${target} PUBLIC antlr4_shared)
endfunction()
