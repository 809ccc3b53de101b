# Warnings are errors in our own code; generated code (ANTLR) and third-party headers are exempt
# because they are included as SYSTEM or built without this function.
function(kg_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
        -Woverloaded-virtual -Wdouble-promotion -Wformat=2
        -Wimplicit-fallthrough -Werror
        # GCC 12 reports false positives inside std::variant and std::string at -O2 and above.
        -Wno-maybe-uninitialized -Wno-restrict)
endfunction()
